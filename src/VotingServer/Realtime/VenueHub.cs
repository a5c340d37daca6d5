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
/// The venue hub. A deputy's tablet is signed in by connecting with its credential, and is sent its sitting's state
/// (<see cref="IVenueClient.SignedIn"/>) once the sign-in is durable; staff pages call <see cref="WatchSitting"/>.
/// The hub holds no state: it checks the caller's role and hands over.
/// </summary>
[Authorize]
public sealed class VenueHub(SignInRegister signIns, CastHandler casts, SittingStateQuery states) : Hub<IVenueClient>
{
    public override async Task OnConnectedAsync()
    {
        var caller = Caller.From(Context.User);
        if (caller.DeputyId is { } deputyId && caller.SittingId is { } sittingId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.SittingSlice(sittingId, Context.ConnectionId));
            await signIns.SignInAsync(deputyId, sittingId, Actor.Of(caller, Context.GetHttpContext()));
            // Pushed rather than asked for: the tablet needs no second round trip after connecting.
            await Clients.Caller.SignedIn(await states.GetAsync(caller, sittingId));
        }
    }

    /// <summary>A deputy's own sitting, as it stands now (after a connect, <see cref="IVenueClient.SignedIn"/> brought it already).</summary>
    public Task<SittingState> GetState()
    {
        var caller = Caller.From(Context.User);
        var (_, sittingId) = caller.RequireDeputy();
        return states.GetAsync(caller, sittingId);
    }

    /// <summary>Staff, or a big screen for its own sitting: receive the pushes (attendance, ballots, progress counts).</summary>
    public async Task<SittingState> WatchSitting(int sittingId)
    {
        var caller = Caller.From(Context.User);
        if (!caller.CanWatch(sittingId)) throw VenueErrors.Forbidden();
        var current = await states.GetAsync(caller, sittingId);
        await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.SittingSlice(sittingId, Context.ConnectionId));
        await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.Staff(sittingId));
        return current;
    }

    public Task<CastReceipt> Cast(CastRequest request) => casts.CastAsync(Caller.From(Context.User), request);
}
