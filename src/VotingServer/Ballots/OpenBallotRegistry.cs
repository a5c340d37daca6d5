using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots;

public sealed record OpenBallot(
    int Id, int SittingId, string Kind, int Places, bool Secret, FrozenSet<int> ItemIds, FrozenSet<string> Options);

/// <summary>
/// The ballots open right now, in memory, so a cast is checked without a database read. The database stays the
/// authority: the writer checks the state again inside the transaction that records the cast.
/// </summary>
public sealed class OpenBallotRegistry
{
    private readonly ConcurrentDictionary<int, OpenBallot> open = new();

    public OpenBallot? Find(int ballotId) => open.GetValueOrDefault(ballotId);

    public void Add(Ballot ballot) => open[ballot.Id] = new OpenBallot(
        ballot.Id, ballot.SittingId, ballot.Kind, ballot.Places, ballot.Secret,
        ballot.Items.Select(p => p.Id).ToFrozenSet(), BallotOptions.Of(ballot.Kind, ballot.Scale).Select(o => o.Code).ToFrozenSet());

    public void Remove(int ballotId) => open.TryRemove(ballotId, out _);

    public async Task LoadAsync(VenueDbContext db)
    {
        foreach (var ballot in await db.Ballots.AsNoTracking().Include(b => b.Items).Where(b => b.State == BallotStates.Open).ToListAsync())
        {
            Add(ballot);
        }
    }
}
