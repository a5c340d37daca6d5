using System.Security.Cryptography;
using System.Text;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// A credential code: 26 symbols of Crockford base32 (130 random bits), shown in groups of four for manual
/// entry. Only its SHA-256 is stored; a high-entropy secret needs no slow hash.
/// </summary>
public static class CredentialCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 26;

    public static string NewCode()
    {
        Span<char> symbols = stackalloc char[Length];
        for (var i = 0; i < Length; i++) symbols[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(symbols);
    }

    /// <summary>Upper case, without separators, with the letters people confuse mapped as Crockford does.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var builder = new StringBuilder(Length);
        foreach (var c in text.Trim().ToUpperInvariant())
        {
            if (c is '-' or ' ') continue;
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (!Alphabet.Contains(mapped)) return null;
            builder.Append(mapped);
        }
        return builder.Length == Length ? builder.ToString() : null;
    }

    public static string Hash(string normalizedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalizedCode)));

    /// <summary>"ABCD-EFGH-…" for printing under the QR code.</summary>
    public static string Display(string code) =>
        string.Join('-', Enumerable.Range(0, (code.Length + 3) / 4).Select(i => code.Substring(i * 4, Math.Min(4, code.Length - i * 4))));
}
