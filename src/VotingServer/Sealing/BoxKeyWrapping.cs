using System.Security.Cryptography;
using System.Text;
using PeoplesCongress.VotingServer.Credentials;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// The private half of a ballot's box key (the 32-byte P-256 scalar) wrapped for one scrutineer's sealing key
/// (<see cref="CredentialKeys.Sealing"/>): <see cref="SealedEnvelope"/> with associated data naming the ballot and
/// the credential, so a wrap moved to another ballot or another credential does not open. The same, with another
/// purpose, hands a key to another server of the hall, wrapped for that server process's one-off exchange key.
/// </summary>
public static class BoxKeyWrapping
{
    private const string Purpose = "PC-BOX-KEY-WRAP-1";
    private const string PeerPurpose = "PC-BOX-KEY-PEER-1";

    public static (byte[] EphemeralKey, byte[] Wrapped) Wrap(ECDiffieHellman boxKey, string sealingPublicKey, int ballotId, int credentialId) =>
        Wrap(boxKey, sealingPublicKey, Purpose, AssociatedData(ballotId, credentialId));

    /// <summary>The box key back from a wrap, with the scrutineer's sealing key; throws <see cref="CryptographicException"/> if it does not open.</summary>
    public static ECDiffieHellman Unwrap(ECDiffieHellman sealingKey, byte[] ephemeralKey, byte[] wrapped, int ballotId, int credentialId) =>
        Unwrap(sealingKey, ephemeralKey, wrapped, Purpose, AssociatedData(ballotId, credentialId));

    /// <summary>Wraps a box key for another server process, named by its instance id, with its exchange key's public half.</summary>
    public static (byte[] EphemeralKey, byte[] Wrapped) WrapForPeer(ECDiffieHellman boxKey, string exchangePublicKey, int ballotId, string instance) =>
        Wrap(boxKey, exchangePublicKey, PeerPurpose, PeerData(ballotId, instance));

    /// <summary>A box key handed over by another server; throws <see cref="CryptographicException"/> if it does not open.</summary>
    public static ECDiffieHellman UnwrapFromPeer(ECDiffieHellman exchangeKey, byte[] ephemeralKey, byte[] wrapped, int ballotId, string instance) =>
        Unwrap(exchangeKey, ephemeralKey, wrapped, PeerPurpose, PeerData(ballotId, instance));

    private static (byte[] EphemeralKey, byte[] Wrapped) Wrap(ECDiffieHellman boxKey, string recipientPublicKey, string purpose, byte[] associatedData)
    {
        using var recipient = ECDiffieHellman.Create();
        recipient.ImportSubjectPublicKeyInfo(Convert.FromBase64String(recipientPublicKey), out _);
        var scalar = boxKey.ExportParameters(includePrivateParameters: true).D!;
        try
        {
            return SealedEnvelope.Seal(recipient.PublicKey, scalar, purpose, associatedData);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scalar);
        }
    }

    private static ECDiffieHellman Unwrap(ECDiffieHellman recipient, byte[] ephemeralKey, byte[] wrapped, string purpose, byte[] associatedData)
    {
        var scalar = SealedEnvelope.Open(recipient, ephemeralKey, wrapped, purpose, associatedData);
        try
        {
            var key = ECDiffieHellman.Create();
            key.ImportParameters(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = scalar });
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scalar);
        }
    }

    /// <summary>The box key's public half as stored on the ballot (base64 SubjectPublicKeyInfo).</summary>
    public static string PublicKey(ECDiffieHellman boxKey) => Convert.ToBase64String(boxKey.ExportSubjectPublicKeyInfo());

    private static byte[] AssociatedData(int ballotId, int credentialId) =>
        Encoding.ASCII.GetBytes($"ballot={ballotId};credential={credentialId}");

    private static byte[] PeerData(int ballotId, string instance) => Encoding.ASCII.GetBytes($"ballot={ballotId};server={instance}");
}
