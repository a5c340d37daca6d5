using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots;

public sealed record OpenBallot(
    int Id, int SittingId, KindDescriptor Kind, int Places, bool Secret, FrozenSet<int> ItemIds, FrozenSet<ChoiceOption> Options);

/// <summary>
/// The ballots open right now, in memory, so a cast is checked without a database read. It is a copy of the store,
/// refreshed by the writer after each commit that changed a ballot; the database stays the authority: the writer
/// checks the state again inside the transaction that records the cast.
/// </summary>
public sealed class OpenBallotRegistry : IStoreObserver
{
    private const string SelectOpen =
        "SELECT Id, SittingId, Kind, Places, Secret, Scale FROM Ballots WHERE State = $open";

    private readonly ConcurrentDictionary<int, OpenBallot> open = new();

    public IReadOnlyCollection<string> Tables { get; } = ["Ballots"];

    public OpenBallot? Find(int ballotId) => open.GetValueOrDefault(ballotId);

    public void Load(SqliteConnection connection) => Apply(connection, [], ("$open", BallotState.Open.Wire()));

    public void Refresh(SqliteConnection connection, ChangedRows changed) =>
        Apply(connection, changed.In("Ballots"), ("$open", BallotState.Open.Wire()), ("$ids", changed.JsonIds("Ballots")));

    private void Apply(SqliteConnection connection, IReadOnlyCollection<long> changed, params (string, object?)[] parameters)
    {
        var filter = changed.Count > 0 ? " AND Id IN (SELECT value FROM json_each($ids))" : "";
        var ballots = connection.Query(SelectOpen + filter,
            r => (Id: r.GetInt32(0), SittingId: r.GetInt32(1), Kind: WireNames.Parse<BallotKind>(r.GetString(2)), Places: r.GetInt32(3), Secret: r.GetBoolean(4),
                Scale: r.IsDBNull(5) ? null : r.GetString(5)), parameters);
        foreach (var b in ballots)
        {
            var items = connection.Query("SELECT Id FROM BallotItems WHERE BallotId = $ballot", r => r.GetInt32(0), ("$ballot", b.Id));
            var kind = KindCatalog.Of(b.Kind);
            open[b.Id] = new OpenBallot(b.Id, b.SittingId, kind, b.Places, b.Secret, items.ToFrozenSet(),
                kind.Options(b.Scale).Select(o => o.Code).ToFrozenSet());
        }
        foreach (var id in changed.Where(id => ballots.All(b => b.Id != id))) open.TryRemove((int)id, out _);
    }
}
