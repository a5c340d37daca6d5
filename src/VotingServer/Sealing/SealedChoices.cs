using System.Buffers.Binary;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// A cast's choices as they lie in the box while the ballot is open: the canonical choices (BoxChoices), padded to
/// one length for every cast of the ballot, sealed to the ballot's box public key (<see cref="SealedEnvelope"/>) with
/// associated data naming the ballot and the row's random key. Stored as the one-off public key ‖ nonce ‖
/// ciphertext ‖ tag. Every row of a ballot has the same size, so a row's size tells nothing about its choices.
/// </summary>
public static class SealedChoices
{
    private const string Purpose = "PC-BOX-CHOICES-1";

    /// <summary>The padded plaintext's size for a ballot whose longest possible canonical encoding is <paramref name="longest"/> bytes.</summary>
    public static int PaddedLength(int longest) => 2 + longest;

    public static byte[] Seal(byte[] boxPublicKey, string choices, int paddedLength, int ballotId, byte[] rowKey)
    {
        using var boxKey = ECDiffieHellman.Create();
        boxKey.ImportSubjectPublicKeyInfo(boxPublicKey, out _);
        var text = Encoding.UTF8.GetBytes(choices);
        if (text.Length + 2 > paddedLength) throw new ArgumentException("The choices are longer than the ballot's padded length.", nameof(choices));
        var padded = new byte[paddedLength];
        BinaryPrimitives.WriteUInt16BigEndian(padded, (ushort)text.Length);
        text.CopyTo(padded, 2);
        var (ephemeral, sealedData) = SealedEnvelope.Seal(boxKey.PublicKey, padded, Purpose, AssociatedData(ballotId, rowKey));
        return [.. ephemeral, .. sealedData];
    }

    /// <summary>The canonical choices of a sealed row; throws <see cref="CryptographicException"/> for a wrong key, a changed byte or another row's place.</summary>
    public static string Open(ECDiffieHellman boxKey, byte[] sealedRow, int ballotId, byte[] rowKey)
    {
        int keyLength;
        try
        {
            // The one-off public key is one DER element (SubjectPublicKeyInfo); the sealed data follows it.
            AsnDecoder.ReadEncodedValue(sealedRow, AsnEncodingRules.DER, out _, out _, out keyLength);
        }
        catch (AsnContentException ex)
        {
            throw new CryptographicException("The sealed row does not start with a public key.", ex);
        }
        var padded = SealedEnvelope.Open(boxKey, sealedRow.AsSpan(0, keyLength), sealedRow.AsSpan(keyLength), Purpose, AssociatedData(ballotId, rowKey));
        var length = BinaryPrimitives.ReadUInt16BigEndian(padded);
        if (length > padded.Length - 2) throw new CryptographicException("The sealed row's length prefix is out of range.");
        return Encoding.UTF8.GetString(padded, 2, length);
    }

    private static byte[] AssociatedData(int ballotId, byte[] rowKey) =>
        [.. Encoding.ASCII.GetBytes($"ballot={ballotId};row="), .. rowKey];
}
