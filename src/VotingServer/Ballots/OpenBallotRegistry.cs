using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using System.Data.Common;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sealing;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// An open ballot as a cast is checked against it. <see cref="BoxKey"/> is the public half of its box key (SubjectPublicKeyInfo; null for a
/// named ballot, which is not sealed), and <see cref="SealedLength"/> the one padded size of every cast's choices.
/// </summary>
public sealed record OpenBallot(
    int Id, int SittingId, KindDescriptor Kind, int Places, bool Secret, FrozenSet<int> ItemIds, FrozenSet<ChoiceOption> Options,
    byte[]? BoxKey = null, int SealedLength = 0)
{
    /// <summary>The longest canonical encoding any cast of this ballot can have: every item marked, or every item given its longest option.</summary>
    public static int LongestChoices(IReadOnlyCollection<int> itemIds, IEnumerable<ChoiceOption> options) =>
        options.Select(o => Encoding.UTF8.GetByteCount(BoxChoices.Encode(itemIds.Select(id => (id, o)))))
            .Append(Encoding.UTF8.GetByteCount(BoxChoices.Encode(itemIds)))
            .Max();
}

/// <summary>
/// The ballots open right now, in memory, so a cast is checked without a database read. It is a copy of the store,
/// refreshed by the writer after each commit that changed a ballot; the database stays the authority: the writer
/// checks the state again inside the transaction that records the cast.
/// </summary>
public sealed class OpenBallotRegistry : IStoreObserver
{
    private const string SelectOpen =
        "SELECT \"Id\", \"SittingId\", \"Kind\", \"Places\", \"Secret\", \"Scale\", \"BoxPublicKey\" FROM \"Ballots\" WHERE \"State\" = @open";

    private readonly ConcurrentDictionary<int, OpenBallot> open = new();
    private long version;

    public IReadOnlyCollection<string> Tables { get; } = ["Ballots"];

    /// <summary>
    /// Advances whenever a ballot was written (created, edited, opened, closed), after the copy took it in: what is
    /// read about ballots may be served again while it stays the same.
    /// </summary>
    public long Version => Interlocked.Read(ref version);

    public OpenBallot? Find(int ballotId) => open.GetValueOrDefault(ballotId);

    public void Load(DbConnection connection) => Apply(connection, [], ("@open", BallotState.Open.Wire()));

    public void Refresh(DbConnection connection, ChangedRows changed) =>
        Apply(connection, changed.In("Ballots"), ("@open", BallotState.Open.Wire()), ("@ids", changed.Ids(connection, "Ballots")));

    private void Apply(DbConnection connection, IReadOnlyCollection<long> changed, params (string, object?)[] parameters)
    {
        var filter = changed.Count > 0 ? " AND " + StoreDialect.Of(connection).InList("\"Id\"", "@ids") : "";
        var ballots = connection.Query(SelectOpen + filter,
            r => (Id: r.GetInt32(0), SittingId: r.GetInt32(1), Kind: WireNames.Parse<BallotKind>(r.GetString(2)), Places: r.GetInt32(3), Secret: r.GetBoolean(4),
                Scale: r.IsDBNull(5) ? null : r.GetString(5), BoxPublicKey: r.IsDBNull(6) ? null : r.GetString(6)), parameters);
        foreach (var b in ballots)
        {
            var items = connection.Query("SELECT \"Id\" FROM \"BallotItems\" WHERE \"BallotId\" = @ballot", r => r.GetInt32(0), ("@ballot", b.Id));
            var kind = KindCatalog.Of(b.Kind);
            var options = kind.Options(b.Scale).Select(o => o.Code).ToFrozenSet();
            open[b.Id] = new OpenBallot(b.Id, b.SittingId, kind, b.Places, b.Secret, items.ToFrozenSet(), options,
                BoxKey: b.BoxPublicKey is { } key ? Convert.FromBase64String(key) : null,
                SealedLength: SealedChoices.PaddedLength(OpenBallot.LongestChoices(items, options)));
        }
        foreach (var id in changed.Where(id => ballots.All(b => b.Id != id))) open.TryRemove((int)id, out _);
        Interlocked.Increment(ref version);
    }
}
