using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>The state a client needs after (re)connecting: sitting, attendance, open ballots, and for a deputy
/// which of those they hold and have already cast.</summary>
public sealed class SittingStateQuery(SittingQueries sittings, AttendanceQuery attendance, BallotQueries ballots)
{
    public async Task<SittingState> GetAsync(Caller caller, int sittingId)
    {
        var sitting = await sittings.GetAsync(sittingId);
        var open = await ballots.ListAsync(sittingId, BallotStates.Open);
        var mine = caller.DeputyId is { } deputyId ? await ballots.MyStatusAsync(deputyId, open.Select(b => b.Id)) : [];
        return new SittingState(caller.ToView(), sitting.ToView(), await attendance.GetAsync(sittingId), open, mine);
    }
}
