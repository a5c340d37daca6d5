using System.Buffers.Binary;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// A cast's choices as they lie in the box while the ballot is open: the canonical choices (BoxChoices), padded to
/// one length for every cast of the ballot, sealed to the ballot's box public key (<see cref="SealedEnvelope"/>) with
/// associated data naming the ballot and the row's random key. Stored as the one-off public key ‖ nonce ‖
/// ciphertext ‖ tag. Every row of a ballot has the same size, so a row's size tells nothing about its choices.
/// <para>
/// While the server holds the box key (every cast but those made after a restart and before the unseal), a cast is
/// sealed faster under the box's symmetric key instead: HKDF-SHA-256 of the private scalar (info
/// "PC-BOX-SYMMETRIC-1"), AES-GCM, stored as the byte 0x01 ‖ nonce ‖ ciphertext ‖ tag. Only the private half of the
/// box key gives it, so such a row is exactly as sealed as the other kind (whose first byte is 0x30, the start of a
/// DER public key). The two kinds differ in size; that tells when a ballot was cast relative to a restart, never
/// what was chosen.
/// </para>
/// </summary>
public static class SealedChoices
{
    private const string Purpose = "PC-BOX-CHOICES-1";
    private const string SymmetricPurpose = "PC-BOX-SYMMETRIC-1";
    private const byte SymmetricRow = 0x01;

    /// <summary>The padded plaintext's size for a ballot whose longest possible canonical encoding is <paramref name="longest"/> bytes.</summary>
    public static int PaddedLength(int longest) => 2 + longest;

    /// <summary>
    /// Seals to the box's public key, or under its symmetric key (<see cref="SymmetricKey"/>) while the server holds the
    /// private half (<paramref name="cipher"/> not null and not yet disposed).
    /// </summary>
    public static byte[] Seal(byte[] boxPublicKey, BoxCipher? cipher, string choices, int paddedLength, int ballotId, byte[] rowKey)
    {
        var text = Encoding.UTF8.GetBytes(choices);
        if (text.Length + 2 > paddedLength) throw new ArgumentException("The choices are longer than the ballot's padded length.", nameof(choices));
        var padded = new byte[paddedLength];
        BinaryPrimitives.WriteUInt16BigEndian(padded, (ushort)text.Length);
        text.CopyTo(padded, 2);
        if (cipher is not null && SealSymmetric(cipher, padded, AssociatedData(ballotId, rowKey)) is { } fast) return fast;
        using var boxKey = ECDiffieHellman.Create();
        boxKey.ImportSubjectPublicKeyInfo(boxPublicKey, out _);
        var (ephemeral, sealedData) = SealedEnvelope.Seal(boxKey.PublicKey, padded, Purpose, AssociatedData(ballotId, rowKey));
        return [.. ephemeral, .. sealedData];
    }

    /// <summary>The box's symmetric key: HKDF-SHA-256 of the private scalar of <paramref name="boxKey"/>.</summary>
    public static byte[] SymmetricKey(ECDiffieHellman boxKey)
    {
        var d = boxKey.ExportParameters(includePrivateParameters: true).D!;
        try
        {
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, d, 32, info: Encoding.ASCII.GetBytes(SymmetricPurpose));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    private static byte[]? SealSymmetric(BoxCipher cipher, byte[] padded, byte[] associatedData)
    {
        var output = new byte[1 + SealedEnvelope.NonceSize + padded.Length + SealedEnvelope.TagSize];
        output[0] = SymmetricRow;
        var nonce = output.AsSpan(1, SealedEnvelope.NonceSize);
        RandomBytes.Fill(nonce);
        return cipher.TryEncrypt(nonce, padded, output.AsSpan(1 + SealedEnvelope.NonceSize, padded.Length),
            output.AsSpan(output.Length - SealedEnvelope.TagSize), associatedData) ? output : null;
    }

    private static byte[] OpenSymmetric(byte[] key, byte[] sealedRow, byte[] associatedData)
    {
        var length = sealedRow.Length - 1 - SealedEnvelope.NonceSize - SealedEnvelope.TagSize;
        if (length < 2) throw new CryptographicException("The sealed row is too short.");
        var padded = new byte[length];
        using var aes = new AesGcm(key, SealedEnvelope.TagSize);
        aes.Decrypt(sealedRow.AsSpan(1, SealedEnvelope.NonceSize), sealedRow.AsSpan(1 + SealedEnvelope.NonceSize, length),
            sealedRow.AsSpan(sealedRow.Length - SealedEnvelope.TagSize), padded, associatedData);
        return padded;
    }

    /// <summary>The canonical choices of a sealed row; throws <see cref="CryptographicException"/> for a wrong key, a changed byte or another row's place.</summary>
    public static string Open(ECDiffieHellman boxKey, byte[] sealedRow, int ballotId, byte[] rowKey, byte[]? symmetricKey = null)
    {
        var padded = sealedRow is [SymmetricRow, ..]
            ? OpenSymmetric(symmetricKey ?? SymmetricKey(boxKey), sealedRow, AssociatedData(ballotId, rowKey))
            : OpenEnvelope(boxKey, sealedRow, ballotId, rowKey);
        var length = BinaryPrimitives.ReadUInt16BigEndian(padded);
        if (length > padded.Length - 2) throw new CryptographicException("The sealed row's length prefix is out of range.");
        return Encoding.UTF8.GetString(padded, 2, length);
    }

    private static byte[] OpenEnvelope(ECDiffieHellman boxKey, byte[] sealedRow, int ballotId, byte[] rowKey)
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
        return SealedEnvelope.Open(boxKey, sealedRow.AsSpan(0, keyLength), sealedRow.AsSpan(keyLength), Purpose, AssociatedData(ballotId, rowKey));
    }

    private static byte[] AssociatedData(int ballotId, byte[] rowKey) =>
        [.. Encoding.ASCII.GetBytes($"ballot={ballotId};row="), .. rowKey];
}
