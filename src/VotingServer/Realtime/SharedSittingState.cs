using System.Collections.Concurrent;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// The part of a <see cref="SittingState"/> that is the same for every deputy of a sitting and is read from the
/// database: the sitting and its open ballots. It is read again only after a ballot was written (the
/// <see cref="OpenBallotRegistry.Version"/>; a sitting does not change once created), so a sign-in storm reads it
/// once, not once per tablet or per group commit. Nothing stale is served: a copy is used only while no ballot has
/// been written since it was read.
/// </summary>
public sealed class SharedSittingState(OpenBallotRegistry ballots)
{
    private readonly ConcurrentDictionary<int, (long Version, Task<SittingCommon> Read)> latest = new();

    public Task<SittingCommon> GetAsync(int sittingId, Func<Task<SittingCommon>> read)
    {
        // Taken before reading, so the copy holds at least everything committed up to this version.
        var now = ballots.Version;
        if (latest.TryGetValue(sittingId, out var copy) && copy.Version == now && !copy.Read.IsFaulted && !copy.Read.IsCanceled)
            return copy.Read;
        var fresh = read();
        latest[sittingId] = (now, fresh);
        return fresh;
    }
}

public sealed record SittingCommon(SittingView Sitting, IReadOnlyList<BallotView> OpenBallots);
