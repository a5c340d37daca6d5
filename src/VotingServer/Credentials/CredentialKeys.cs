using System.Security.Cryptography;
using System.Text;
using PeoplesCongress.Tally.Records;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// A scrutineer's two P-256 key pairs, derived from their credential code: the signing key signs count records, the
/// sealing key unwraps the box keys of their sitting's ballots. The private keys exist only while a request that
/// presented the code is being handled; the database keeps the public keys (<see cref="Infrastructure.Credential"/>).
/// So a signature proves the card was presented, and a copy of the data folder alone unseals nothing.
/// <para>
/// Derivation: HKDF-SHA-256 with the normalized code (26 symbols, 130 random bits) as input keying material, no
/// salt, and the info "PC-SCRUTINEER-SIGN-1" or "PC-SCRUTINEER-SEAL-1", gives 32 bytes used as the private scalar.
/// The stored SHA-256 of the code (its lookup hash) is a different function of it and gives neither key.
/// </para>
/// </summary>
public static class CredentialKeys
{
    public static ECDsa Signing(string normalizedCode)
    {
        var key = ECDsa.Create();
        key.ImportParameters(Parameters(normalizedCode, "PC-SCRUTINEER-SIGN-1"));
        return key;
    }

    public static ECDiffieHellman Sealing(string normalizedCode)
    {
        var key = ECDiffieHellman.Create();
        key.ImportParameters(Parameters(normalizedCode, "PC-SCRUTINEER-SEAL-1"));
        return key;
    }

    /// <summary>The two public keys (base64 SubjectPublicKeyInfo) to store beside a new scrutineer credential.</summary>
    public static (string Signing, string Sealing) PublicKeys(string normalizedCode)
    {
        using var signing = Signing(normalizedCode);
        using var sealing = Sealing(normalizedCode);
        return (RecordSignatures.PublicKey(signing), Convert.ToBase64String(sealing.ExportSubjectPublicKeyInfo()));
    }

    private static ECParameters Parameters(string code, string purpose)
    {
        // A 32-byte string is a valid P-256 scalar unless it is zero or not below the group order (odds about 2^-32);
        // the counter in the info picks the next candidate then.
        for (var attempt = 0; ; attempt++)
        {
            var d = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.ASCII.GetBytes(code), 32,
                info: Encoding.ASCII.GetBytes(attempt == 0 ? purpose : $"{purpose}/{attempt}"));
            var parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = d };
            try
            {
                using var probe = ECDsa.Create(parameters);
                return parameters;
            }
            catch (CryptographicException) when (attempt < 8)
            {
            }
        }
    }
}
