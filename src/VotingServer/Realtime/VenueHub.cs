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
/// The hub holds no state: it checks the caller's role and hands over. A term deputy's personal credential takes the
/// seat of the deputy it is linked to at the sitting that accepts personal credentials (<see cref="HallSeat"/>), looked
/// up again at every call, so turning the setting off or revoking the credential takes effect at once; without such
/// a sitting it is refused with personal-credential-not-accepted.
/// </summary>
[Authorize]
public sealed class VenueHub(SignInRegister signIns, CastHandler casts, SittingStateQuery states, CredentialDirectory directory) : Hub<IVenueClient>
{
    public override async Task OnConnectedAsync()
    {
        var caller = Caller.From(Context.User);
        if (directory.SeatOf(caller) is { } seat)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.SittingSlice(seat.SittingId, Context.ConnectionId));
            await signIns.SignInAsync(seat.DeputyId, seat.SittingId, Actor.Of(caller, Context.GetHttpContext()), seat.Personal);
            // Pushed rather than asked for: the tablet needs no second round trip after connecting.
            await Clients.Caller.SignedIn(await states.GetAsync(caller, seat));
        }
        else if (caller.Role == Role.TermDeputy)
        {
            var refused = VenueErrors.PersonalCredentialNotAccepted();
            throw new HubException(HubErrorFormat.Format(refused.Code, refused.Message));
        }
    }

    /// <summary>A deputy's own sitting, as it stands now (after a connect, <see cref="IVenueClient.SignedIn"/> brought it already).</summary>
    public Task<SittingState> GetState()
    {
        var caller = Caller.From(Context.User);
        return states.GetAsync(caller, Seat(caller));
    }

    /// <summary>The caller's seat in a hall, or the refusal: forbidden for staff, not accepted for a personal credential.</summary>
    private HallSeat Seat(Caller caller) =>
        directory.SeatOf(caller) ?? throw (caller.Role == Role.TermDeputy ? VenueErrors.PersonalCredentialNotAccepted() : VenueErrors.Forbidden());

    /// <summary>Staff, or a big screen for its own sitting: receive the pushes (attendance, ballots, progress counts).</summary>
    public async Task<SittingState> WatchSitting(int sittingId)
    {
        var caller = Caller.From(Context.User);
        if (!caller.CanWatch(sittingId)) throw VenueErrors.Forbidden();
        var current = await states.GetAsync(caller, sittingId, seat: null);
        await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.SittingSlice(sittingId, Context.ConnectionId));
        await Groups.AddToGroupAsync(Context.ConnectionId, VenueGroups.Staff(sittingId));
        return current;
    }

    public Task<CastReceipt> Cast(CastRequest request)
    {
        var caller = Caller.From(Context.User);
        return casts.CastAsync(Seat(caller), request);
    }
}
