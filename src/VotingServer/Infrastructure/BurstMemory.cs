using System.Data.Common;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// A ballot's casts arrive as one burst, and what the burst kept alive for a moment (buffers, messages, tasks) has
/// outlived the young generations by the time the ballot closes, where the collector would leave it until much
/// later. When a commit closes a ballot, a background collection returns that memory while the hall waits for the
/// next ballot (docs/performance.md has the figures that decided it).
/// </summary>
public sealed class BurstMemory : IStoreObserver
{
    public IReadOnlyCollection<string> Tables { get; } = ["Ballots"];

    public void Load(DbConnection connection) { }

    public void Refresh(DbConnection connection, ChangedRows changed)
    {
        var closed = connection.Scalar<int>(
            "SELECT COUNT(*) FROM \"Ballots\" WHERE " + StoreDialect.Of(connection).InList("\"Id\"", "@ids") + " AND \"State\" = @closed",
            ("@ids", changed.Ids(connection, "Ballots")), ("@closed", Contracts.WireNames.Wire(Contracts.BallotState.Closed)));
        if (closed > 0) GC.Collect(2, GCCollectionMode.Forced, blocking: false);
    }
}
