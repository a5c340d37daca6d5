using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>The state a client needs after (re)connecting: sitting, attendance, open ballots, and for a deputy
/// which of those they hold and have already cast. Attendance comes from the counts in memory, fresh for every call;
/// the sitting and its open ballots are read again only after a ballot changed (<see cref="SharedSittingState"/>).
/// The database is opened only for what memory does not hold: the shared part after a change, and a deputy's own
/// issuances while ballots are open. A tablet signing in before any ballot opens costs no query at all.</summary>
public sealed class SittingStateQuery(IServiceScopeFactory scopes, AttendanceBoard attendance, SharedSittingState shared)
{
    /// <summary>A deputy's sitting, from the seat the caller takes (for a personal credential, the linked deputy's).</summary>
    public Task<SittingState> GetAsync(Caller caller, HallSeat seat) => GetAsync(caller, seat.SittingId, seat);

    /// <summary>The sitting for <paramref name="caller"/>; with a <paramref name="seat"/>, that deputy's own ballots too.</summary>
    public async Task<SittingState> GetAsync(Caller caller, int sittingId, HallSeat? seat)
    {
        var common = await shared.GetAsync(sittingId, () => ReadCommonAsync(sittingId));
        var mine = seat is not null && common.OpenBallots.Count > 0
            ? await ReadMineAsync(seat.DeputyId, common.OpenBallots.Select(b => b.Id))
            : [];
        // A personal credential shows the deputy of this sitting it signed in as, with the sitting's 代表证号.
        var me = seat is { Personal: true } ? caller.ToView() with { DeputyNumber = seat.Number, SittingId = seat.SittingId } : caller.ToView();
        return new SittingState(me, common.Sitting, attendance.ViewOf(common.Sitting), common.OpenBallots, mine);
    }

    private async Task<SittingCommon> ReadCommonAsync(int sittingId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return new SittingCommon(
            (await services.GetRequiredService<SittingQueries>().GetAsync(sittingId)).ToView(),
            await services.GetRequiredService<BallotQueries>().ListAsync(sittingId, BallotState.Open));
    }

    private async Task<List<MyBallotStatus>> ReadMineAsync(int deputyId, IEnumerable<int> openBallotIds)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BallotQueries>().MyStatusAsync(deputyId, openBallotIds);
    }
}
