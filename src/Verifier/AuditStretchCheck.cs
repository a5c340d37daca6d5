using System.Globalization;
using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using static PeoplesCongress.Verifier.BundleVerifier;

namespace PeoplesCongress.Verifier;

/// <summary>The ballot's stretch of the chained audit record: it chains, ends at the record's head, opens and closes this ballot.</summary>
internal static class AuditStretchCheck
{
    internal static IEnumerable<Finding> AuditStretch(PublicationBundle bundle, JsonNode notice, JsonNode record, bool byHand)
    {
        const string check = "audit-chain";
        if (bundle.Audit.Count == 0)
        {
            yield return Finding.Fail(check, "audit-chain-empty", "数据包中没有操作记录", "The bundle carries no audit record");
            yield break;
        }
        var entries = bundle.Audit.Select(ToStored).ToList();
        var walk = AuditChain.Verify(entries, bundle.Audit[0].PrevHash ?? AuditChain.Genesis);
        if (walk.Problem is { } problem)
        {
            yield return Finding.Fail(check, problem.Code, $"操作记录的链不成立：{problem.Reason}",
                $"The audit chain does not hold at entry {problem.EntryId}: {English(problem.Kind)}");
            yield break;
        }
        var head = Text(record["auditHead"]) ?? Text(notice["auditHead"]);
        if (!string.Equals(head, walk.Head, StringComparison.Ordinal))
        {
            yield return Finding.Fail(check, "audit-head-mismatch",
                $"操作记录的链止于 {Short(walk.Head)}，不是计票记录所载的操作记录校验值 {Short(head)}",
                $"The audit chain ends at {Short(walk.Head)}, not at the audit head {Short(head)} on the count record");
            yield break;
        }
        var ballotId = record["ballotId"]?.GetValue<int>();
        var last = bundle.Audit[^1];
        if (last.BallotId != ballotId || last.Action is not ("ballot-closed" or "ballot-hand-counted"))
            yield return Finding.Fail(check, "audit-ballot-closing-missing", "操作记录的最后一条不是本次表决的结束记录",
                "The audit stretch does not end with this ballot's closing entry");
        else if (!byHand && !bundle.Audit.Any(e => e.BallotId == ballotId && e.Action == "ballot-opened"))
            yield return Finding.Fail(check, "audit-ballot-opening-missing", "操作记录中没有本次表决的开始记录",
                "The audit stretch does not contain this ballot's opening entry");
        else
            yield return Finding.Pass(check, $"操作记录 {walk.Entries} 条（第 {bundle.Audit[0].Id}–{last.Id} 条）环环相扣，从表决开始到结束，止于计票记录所载的校验值 {Short(head)}",
                $"{walk.Entries} audit entries (#{bundle.Audit[0].Id}–{last.Id}) chain from the ballot's opening to its closing and end at the record's audit head {Short(head)}");
    }

    private static StoredEntry ToStored(BundleAuditEntry e)
    {
        var at = DateTimeOffset.TryParseExact(e.At, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) ? parsed : DateTimeOffset.MinValue;
        return new StoredEntry(new ChainEntry(e.Id, at, e.CredentialId, e.Role, e.Name, e.Address, e.Action, e.SittingId, e.BallotId, e.Summary),
            e.PrevHash, e.Hash);
    }

    private static string English(ChainProblemKind kind) => kind switch
    {
        ChainProblemKind.Unchained => "the entry carries no hash",
        ChainProblemKind.Changed => "the entry's fields no longer give its hash (it was changed)",
        ChainProblemKind.Missing => "entries are missing (removed)",
        ChainProblemKind.Reordered => "entries are out of order (moved or copied)",
        _ => "its previous hash is not the hash of the entry before (the chain was cut and re-linked)",
    };
}
