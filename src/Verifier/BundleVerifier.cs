using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;

namespace PeoplesCongress.Verifier;

/// <summary>
/// Checks a publication bundle with no server (docs/verification.md): the server's signature on the notice, the notice
/// against the count record, each scrutineer's signature, the box against its root and the figures, the recount, and
/// the ballot's stretch of the chained audit record. Every check reports; none stops the others.
/// </summary>
public static class BundleVerifier
{
    /// <summary>Fields of the notice's result that the presidium decides after the count; the count record has none.</summary>
    private static readonly string[] DecidedAfterCount = ["decision", "gradeDecisions"];

    public static VerificationReport Verify(PublicationBundle bundle, string? expectedServerKey = null)
    {
        var findings = new List<Finding>();
        var notice = Parse(bundle.Notice);
        var record = Parse(bundle.CountRecord);
        if (notice is null)
            findings.Add(Finding.Fail("notice", "notice-unreadable", "公告内容不是有效的 JSON", "The notice is not valid JSON"));
        if (record is null)
            findings.Add(Finding.Fail("count-record", "count-record-unreadable", "计票记录不是有效的 JSON", "The count record is not valid JSON"));
        var fingerprint = ServerKey(bundle, notice, expectedServerKey, findings);
        findings.Add(ServerSignature(bundle));
        if (notice is null || record is null) return new VerificationReport(findings, fingerprint);

        Safely(findings, "notice-result", () => [NoticeMatchesRecord(notice, record)]);
        Safely(findings, "record-sha256", () => [RecordHash(notice, bundle.CountRecord)]);
        Safely(findings, "scrutineer-signature", () => ScrutineerSignatures(bundle, notice));
        Safely(findings, "box-root", () => [BoxChecks.BoxRoot(bundle, notice, record)]);
        var byHand = Text(record["countedBy"]) == CountMethods.ByHand;
        Safely(findings, "box-size", () => BoxChecks.BoxSize(bundle, record, byHand));
        Safely(findings, "recount", () => [Recount.Check(bundle, byHand)]);
        Safely(findings, "audit-chain", () => AuditStretchCheck.AuditStretch(bundle, notice, record, byHand));
        return new VerificationReport(findings, fingerprint);
    }

    /// <summary>
    /// Runs one check; a record whose fields no longer read as their types (edited by hand) fails that check with
    /// "&lt;check&gt;-unreadable" instead of stopping the report.
    /// </summary>
    private static void Safely(List<Finding> findings, string check, Func<IEnumerable<Finding>> run)
    {
        try { findings.AddRange(run().ToList()); }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.Text.Json.JsonException
                                       or ArgumentException or KeyNotFoundException or NullReferenceException or OverflowException)
        {
            findings.Add(Finding.Fail(check, $"{check}-unreadable", $"无法完成此项核验：数据包的内容不能按其格式读取（{ex.Message}）",
                $"This check cannot be completed: the bundle's content does not read in its format ({ex.Message})"));
        }
    }

    private static string ServerKey(PublicationBundle bundle, JsonNode? notice, string? expected, List<Finding> findings)
    {
        const string check = "server-key";
        string actual;
        try { actual = RecordSignatures.Fingerprint(bundle.ServerKey.PublicKey); }
        catch (FormatException)
        {
            findings.Add(Finding.Fail(check, "server-key-unreadable", "数据包中的服务器公钥无法读取", "The server's public key in the bundle cannot be read"));
            return bundle.ServerKey.Fingerprint;
        }
        if (!string.Equals(actual, bundle.ServerKey.Fingerprint, StringComparison.OrdinalIgnoreCase))
            findings.Add(Finding.Fail(check, "server-key-fingerprint-mismatch",
                $"服务器公钥的指纹是 {actual}，不是数据包所写的 {bundle.ServerKey.Fingerprint}",
                $"The server key's fingerprint is {actual}, not {bundle.ServerKey.Fingerprint} as the bundle says"));
        if (Text(notice?["serverKeyFingerprint"]) is { } named && !string.Equals(named, actual, StringComparison.OrdinalIgnoreCase))
            findings.Add(Finding.Fail(check, "server-key-not-named",
                $"公告载明的服务器密钥指纹是 {named}，数据包中的公钥指纹是 {actual}",
                $"The notice names the server key {named}; the bundle's key is {actual}"));
        var shown = RecordSignatures.ShortFingerprint(actual);
        if (expected is null)
        {
            findings.Add(Finding.Skip(check,
                $"服务器签名密钥指纹为 {shown}（{actual}）：请与代表凭证单或公告上印的指纹核对（可用 --server-key 指定）",
                $"The server signing key's fingerprint is {shown} ({actual}): compare it with the one printed on the credential sheet or the notice (or pass --server-key)"));
        }
        else
        {
            var given = new string([.. expected.Where(char.IsAsciiHexDigit)]).ToLowerInvariant();
            findings.Add(given.Length >= 16 && actual.StartsWith(given, StringComparison.Ordinal)
                ? Finding.Pass(check, $"服务器签名密钥指纹 {shown} 与给定的指纹相符", $"The server signing key's fingerprint {shown} matches the one given")
                : Finding.Fail(check, "server-key-mismatch",
                    $"服务器签名密钥指纹是 {shown}（{actual}），与给定的 {expected} 不符：此数据包不是由会场那台服务器签发的",
                    $"The server signing key's fingerprint is {shown} ({actual}), not {expected} as given: the bundle was not signed by the venue's server"));
        }
        return actual;
    }

    private static Finding ServerSignature(PublicationBundle bundle)
    {
        const string check = "server-signature";
        if (bundle.NoticeSignature is null)
            return Finding.Fail(check, "server-signature-missing", "公告没有服务器签名", "The notice carries no server signature");
        return RecordSignatures.Verify(bundle.ServerKey.PublicKey, bundle.Notice, bundle.NoticeSignature)
            ? Finding.Pass(check, "服务器对公告的签名有效", "The server's signature on the notice is valid")
            : Finding.Fail(check, "server-signature-invalid", "服务器对公告的签名无效：公告在签名后被改动，或不是此密钥所签",
                "The server's signature on the notice is not valid: the notice was changed after it was signed, or another key signed it");
    }

    private static Finding NoticeMatchesRecord(JsonNode notice, JsonNode record)
    {
        const string check = "notice-result";
        var published = notice["result"]?.DeepClone() as JsonObject;
        var counted = record.DeepClone() as JsonObject;
        foreach (var name in DecidedAfterCount)
        {
            published?.Remove(name);
            counted?.Remove(name);
        }
        return JsonDifference.First(published, counted) is { } difference
            ? Finding.Fail(check, "notice-result-mismatch", $"公告的结果与计票记录不一致：{difference}",
                $"The notice's result differs from the count record: {difference}")
            : Finding.Pass(check, "公告的结果与监票人签字的计票记录逐项一致", "The notice's result equals the count record the scrutineers signed");
    }

    private static Finding RecordHash(JsonNode notice, string countRecord)
    {
        const string check = "record-sha256";
        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(countRecord)));
        var stated = Text(notice["recordSha256"]);
        return string.Equals(stated, actual, StringComparison.OrdinalIgnoreCase)
            ? Finding.Pass(check, "公告所载计票记录校验值与计票记录相符", "The notice's record SHA-256 is the count record's")
            : Finding.Fail(check, "record-sha256-mismatch", $"公告所载计票记录校验值 {stated} 不是计票记录的 SHA-256（{actual}）",
                $"The notice states the record SHA-256 {stated}; the count record's is {actual}");
    }

    private static IEnumerable<Finding> ScrutineerSignatures(PublicationBundle bundle, JsonNode notice)
    {
        const string check = "scrutineer-signature";
        var named = (notice["signatures"] as JsonArray ?? []).Select(s => (Name: Text(s?["name"]) ?? "", Key: Text(s?["keyFingerprint"])))
            .ToList();
        if (bundle.Signatures.Count == 0 || named.Count == 0)
        {
            yield return Finding.Fail(check, "scrutineer-signature-missing", "计票记录没有监票人签字", "The count record carries no scrutineer's signature");
            yield break;
        }
        foreach (var (name, _) in named.Where(n => bundle.Signatures.All(s => s.Name != n.Name)))
            yield return Finding.Fail(check, "scrutineer-signature-missing", $"公告列出的{name}的签字不在数据包中",
                $"The signature of {name}, listed on the notice, is not in the bundle");
        foreach (var signature in bundle.Signatures)
        {
            var who = $"{signature.Role.Title()}{signature.Name}";
            if (signature.SigningKey is null || signature.Signature is null)
            {
                yield return Finding.Fail(check, "scrutineer-signature-missing", $"{who}的签字没有以密钥签名",
                    $"{signature.Name}'s sign-off carries no key signature");
                continue;
            }
            string key;
            try { key = RecordSignatures.Fingerprint(signature.SigningKey); }
            catch (FormatException) { key = ""; }
            if (!RecordSignatures.Verify(signature.SigningKey, bundle.CountRecord, signature.Signature))
                yield return Finding.Fail(check, "scrutineer-signature-invalid", $"{who}对计票记录的签名无效：计票记录在签名后被改动，或签名被替换",
                    $"{signature.Name}'s signature on the count record is not valid: the record was changed after signing, or the signature was replaced");
            else if (!named.Any(n => n.Name == signature.Name && string.Equals(n.Key, key, StringComparison.OrdinalIgnoreCase)))
                yield return Finding.Fail(check, "scrutineer-key-not-named",
                    $"{who}的签名出自密钥 {Short(key)}，但公告载明的不是这把密钥：签名来自其他密钥",
                    $"{signature.Name}'s signature was made by key {Short(key)}, which is not the key the notice names: the signature is from another key");
            else
                yield return Finding.Pass(check, $"{who}以密钥 {Short(key)} 对计票记录的签名有效",
                    $"{signature.Name}'s signature on the count record by key {Short(key)} is valid");
        }
    }

    internal static string Short(string? hash) =>
        hash is { Length: >= 16 } && hash.Take(16).All(char.IsAsciiHexDigit) ? RecordSignatures.ShortFingerprint(hash.ToLowerInvariant()) : hash ?? "（无）";

    internal static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    internal static JsonNode? Parse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
