using System.Security.Cryptography;
using System.Text;

namespace PeoplesCongress.Tally.Records;

/// <summary>
/// Signatures on the records of a count, as anyone checks them: ECDSA on curve P-256 with SHA-256, the signature in
/// IEEE P1363 form (r ‖ s, 64 bytes) written in base64, the public key as base64 of its DER SubjectPublicKeyInfo.
/// A key is known by its fingerprint: the SHA-256 of that DER, in lowercase hex (shown in groups of four, the
/// first 16 digits where space is short). What is signed is the UTF-8 bytes of a record exactly as stored: the
/// scrutineers sign the count record (the result JSON), the server signs the notice (the notice JSON).
/// </summary>
public static class RecordSignatures
{
    public static string Fingerprint(string publicKeyBase64) =>
        Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(publicKeyBase64)));

    /// <summary>"1a2b 3c4d 5e6f 7a8b": the first 16 hex digits of a fingerprint in groups of four.</summary>
    public static string ShortFingerprint(string fingerprint) =>
        string.Join(' ', Enumerable.Range(0, 4).Select(i => fingerprint.Substring(i * 4, 4)));

    public static string Sign(ECDsa key, string record) =>
        Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(record), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    /// <summary>Whether <paramref name="signature"/> is the key's signature on <paramref name="record"/>; false for malformed input.</summary>
    public static bool Verify(string publicKeyBase64, string record, string signature)
    {
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKeyBase64), out _);
            if (key.KeySize != 256) return false;
            return key.VerifyData(Encoding.UTF8.GetBytes(record), Convert.FromBase64String(signature), HashAlgorithmName.SHA256,
                DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return false;
        }
    }

    public static string PublicKey(ECDsa key) => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
}
