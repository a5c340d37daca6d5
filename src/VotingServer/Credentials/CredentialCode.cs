using System.Security.Cryptography;
using System.Text;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// A credential code: 26 symbols of Crockford base32 (130 random bits), shown in groups of four for manual
/// entry. The alphabet leaves out I, L, O and U, which people confuse with 1, 0 and V; typed anyway, O counts as 0
/// and I or L as 1. Only its SHA-256 is stored; a high-entropy secret needs no slow hash.
/// </summary>
public static class CredentialCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 26;

    public static string NewCode() => NewSymbols(Length);

    /// <summary>
    /// <paramref name="count"/> random symbols of the alphabet (5 bits each): the low 5 bits of one random byte each,
    /// uniform since the alphabet has 32 symbols, and drawn in one call (a call per symbol was a fifth of a cast's CPU).
    /// </summary>
    public static string NewSymbols(int count)
    {
        Span<byte> random = stackalloc byte[count];
        RandomBytes.Fill(random);
        Span<char> symbols = stackalloc char[count];
        for (var i = 0; i < count; i++) symbols[i] = Alphabet[random[i] & (Alphabet.Length - 1)];
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

    /// <summary>"ABCD-EFGH-…" as shown on screen.</summary>
    public static string Display(string code) => string.Join('-', Groups(code));

    /// <summary>
    /// "ABCD EFGH …" for the printed card: a line may break only between groups (a hyphen before a digit is no break
    /// opportunity, so it could not keep the lines even). Spaces and hyphens alike are ignored when the code is typed.
    /// </summary>
    public static string Grouped(string code) => string.Join(' ', Groups(code));

    private static IEnumerable<string> Groups(string code) =>
        Enumerable.Range(0, (code.Length + 3) / 4).Select(i => code.Substring(i * 4, Math.Min(4, code.Length - i * 4)));
}
