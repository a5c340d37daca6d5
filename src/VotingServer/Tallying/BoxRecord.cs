using System.Data.Common;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>
/// The box as published (票箱) and its commitment (票箱校验值). After the count a ballot's box holds its choices in the
/// order of their random keys; a named ballot's votes follow, in the order of the deputies. The root of the Merkle
/// tree over that list (<see cref="BoxCommitment"/>) goes into the count record, so the scrutineers' signatures and
/// the notice cover it, and anyone holding the published box can recompute it.
/// <para>
/// A hand count (人工计票) commits to what the box holds, like any other count: nothing, unless electronic ballots
/// were cast before the vote went to paper, and then those ballots, kept uncounted (unless the box was still sealed
/// by a restart: sealed ballots are never published, so the root leaves them out). Its figures come from the paper
/// ballots, which are not in the box.
/// </para>
/// </summary>
public static class BoxRecord
{
    /// <summary>The counted box's choices in the order of their keys (then a named ballot's votes by deputy).</summary>
    public static List<string> Read(DbConnection connection, int ballotId) =>
    [
        .. connection.Query(
            "SELECT \"Choices\" FROM \"BallotBox\" WHERE \"BallotId\" = @ballot AND \"Choices\" IS NOT NULL ORDER BY \"BoxKey\"",
            r => r.GetString(0), ("@ballot", ballotId)),
        .. connection.Query(
            "SELECT \"Choices\" FROM \"NamedVotes\" WHERE \"BallotId\" = @ballot ORDER BY \"DeputyId\"",
            r => r.GetString(0), ("@ballot", ballotId)),
    ];

    public static string Root(DbConnection connection, int ballotId) => BoxCommitment.Root(Read(connection, ballotId));

    /// <summary>
    /// Writes the count record once, with the box root and the audit head (the hash of the closing entry, recorded
    /// first) inside it, so that whatever signs the record signs both. Returns the record as written.
    /// </summary>
    public static BallotResultView Commit(DbConnection connection, BallotResultView counted, string auditHead)
    {
        var record = counted with { BoxRoot = Root(connection, counted.BallotId), AuditHead = auditHead };
        connection.Execute("UPDATE \"Ballots\" SET \"ResultJson\" = @json, \"BoxRoot\" = @root, \"AuditHead\" = @head WHERE \"Id\" = @ballot",
            ("@json", ResultStore.Write(record)), ("@root", record.BoxRoot), ("@head", auditHead), ("@ballot", counted.BallotId));
        return record;
    }
}
