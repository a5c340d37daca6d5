using System.Security.Cryptography;
using System.Text;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// Public-key encryption to a P-256 key (ECIES) from System.Security.Cryptography parts only: a one-off P-256 key
/// pair, ECDH with the recipient's public key, HKDF-SHA-256 (salt: the one-off public key, info: what the envelope is
/// for) to a 32-byte key, then AES-GCM with a random 12-byte nonce and the caller's associated data. Whoever holds the
/// recipient's private key opens it; anything changed in the envelope or a different associated data is refused.
/// </summary>
public static class SealedEnvelope
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    /// <summary>The one-off public key (SubjectPublicKeyInfo) and nonce ‖ ciphertext ‖ tag.</summary>
    public static (byte[] EphemeralKey, byte[] Sealed) Seal(
        ECDiffieHellmanPublicKey recipient, ReadOnlySpan<byte> plaintext, string purpose, ReadOnlySpan<byte> associatedData)
    {
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var ephemeralKey = ephemeral.ExportSubjectPublicKeyInfo();
        var key = Key(ephemeral, recipient, ephemeralKey, purpose);
        try
        {
            var output = new byte[NonceSize + plaintext.Length + TagSize];
            var nonce = output.AsSpan(0, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(key, TagSize);
            aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), associatedData);
            return (ephemeralKey, output);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Opens an envelope; a wrong key, a changed byte or other associated data throws <see cref="CryptographicException"/>.</summary>
    public static byte[] Open(
        ECDiffieHellman recipient, ReadOnlySpan<byte> ephemeralKey, ReadOnlySpan<byte> sealedData, string purpose, ReadOnlySpan<byte> associatedData)
    {
        if (sealedData.Length < NonceSize + TagSize) throw new CryptographicException("The sealed data is too short.");
        using var ephemeral = ECDiffieHellman.Create();
        ephemeral.ImportSubjectPublicKeyInfo(ephemeralKey, out _);
        var key = Key(recipient, ephemeral.PublicKey, ephemeralKey, purpose);
        try
        {
            var length = sealedData.Length - NonceSize - TagSize;
            var plaintext = new byte[length];
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedData[..NonceSize], sealedData.Slice(NonceSize, length), sealedData[(NonceSize + length)..], plaintext, associatedData);
            return plaintext;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] Key(ECDiffieHellman own, ECDiffieHellmanPublicKey other, ReadOnlySpan<byte> ephemeralKey, string purpose)
    {
        var shared = own.DeriveRawSecretAgreement(other);
        try
        {
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, ephemeralKey.ToArray(), Encoding.ASCII.GetBytes(purpose));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
        }
    }
}
