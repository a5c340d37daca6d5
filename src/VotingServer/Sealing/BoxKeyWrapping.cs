using System.Security.Cryptography;
using System.Text;
using PeoplesCongress.VotingServer.Credentials;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// The private half of a ballot's box key (the 32-byte P-256 scalar) wrapped for one scrutineer's sealing key
/// (<see cref="CredentialKeys.Sealing"/>): <see cref="SealedEnvelope"/> with associated data naming the ballot and
/// the credential, so a wrap moved to another ballot or another credential does not open.
/// </summary>
public static class BoxKeyWrapping
{
    private const string Purpose = "PC-BOX-KEY-WRAP-1";

    public static (byte[] EphemeralKey, byte[] Wrapped) Wrap(ECDiffieHellman boxKey, string sealingPublicKey, int ballotId, int credentialId)
    {
        using var recipient = ECDiffieHellman.Create();
        recipient.ImportSubjectPublicKeyInfo(Convert.FromBase64String(sealingPublicKey), out _);
        var scalar = boxKey.ExportParameters(includePrivateParameters: true).D!;
        try
        {
            return SealedEnvelope.Seal(recipient.PublicKey, scalar, Purpose, AssociatedData(ballotId, credentialId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scalar);
        }
    }

    /// <summary>The box key back from a wrap, with the scrutineer's sealing key; throws <see cref="CryptographicException"/> if it does not open.</summary>
    public static ECDiffieHellman Unwrap(ECDiffieHellman sealingKey, byte[] ephemeralKey, byte[] wrapped, int ballotId, int credentialId)
    {
        var scalar = SealedEnvelope.Open(sealingKey, ephemeralKey, wrapped, Purpose, AssociatedData(ballotId, credentialId));
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
}
