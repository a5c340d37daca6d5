using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// The venue hub. A deputy's tablet is signed in by connecting with its credential; staff pages call
/// <see cref="WatchSitting"/>. The hub holds no state: it checks the caller's role and hands over.
/// </summary>
[Authorize]
public sealed class VenueHub(SignInRegister signIns, CastHandler casts) : Hub<IVenueClient>
{
    public override async Task OnConnectedAsync()
    {
        var caller = Caller.From(Context.User);
        if (caller.DeputyId is { } deputyId && caller.SittingId is { } sittingId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.SittingSlice(sittingId, Context.ConnectionId));
            await signIns.SignInAsync(deputyId, sittingId, Actor.Of(caller, Context.GetHttpContext()));
        }
    }

    /// <summary>A deputy's own sitting, as it stands now.</summary>
    public Task<SittingState> GetState(SittingStateQuery state)
    {
        var caller = Caller.From(Context.User);
        var (_, sittingId) = caller.RequireDeputy();
        return state.GetAsync(caller, sittingId);
    }

    /// <summary>Staff, or a big screen for its own sitting: receive the pushes (attendance, ballots, progress counts).</summary>
    public async Task<SittingState> WatchSitting(int sittingId, SittingStateQuery state)
    {
        var caller = Caller.From(Context.User);
        if (!caller.CanWatch(sittingId)) throw VenueErrors.Forbidden();
        var current = await state.GetAsync(caller, sittingId);
        await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.SittingSlice(sittingId, Context.ConnectionId));
        await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.Staff(sittingId));
        return current;
    }

    public Task<CastReceipt> Cast(CastRequest request) => casts.CastAsync(Caller.From(Context.User), request);
}
