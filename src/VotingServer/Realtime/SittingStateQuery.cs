using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>The state a client needs after (re)connecting: sitting, attendance, open ballots, and for a deputy
/// which of those they hold and have already cast. Attendance comes from the counts in memory, fresh for every call;
/// the sitting and its open ballots are read again only after a ballot changed (<see cref="SharedSittingState"/>).</summary>
public sealed class SittingStateQuery(
    SittingQueries sittings, AttendanceQuery attendance, BallotQueries ballots, SharedSittingState shared)
{
    public async Task<SittingState> GetAsync(Caller caller, int sittingId)
    {
        var common = await shared.GetAsync(sittingId, async () => new SittingCommon(
            (await sittings.GetAsync(sittingId)).ToView(), await ballots.ListAsync(sittingId, BallotState.Open)));
        var mine = caller.DeputyId is { } deputyId ? await ballots.MyStatusAsync(deputyId, common.OpenBallots.Select(b => b.Id)) : [];
        return new SittingState(caller.ToView(), common.Sitting, attendance.Of(common.Sitting), common.OpenBallots, mine);
    }
}
