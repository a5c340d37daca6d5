using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Connections;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// Pushes a message to everyone of a sitting a slice at a time. Each connection that a push reaches holds the
/// message in its own buffers (at least 4 KiB on each side of the WebSocket) until its socket has sent it: sent to
/// 10,000 tablets at once, the 10 KB result of an 11-target appraisal took the pinned socket buffers from 24 to
/// 93 MB and the server to 660-680 MiB. Spread over the slices at about <see cref="MessagesPerSecond"/>, only a few
/// slices' worth is in flight at a time (21 MB, 590-625 MiB). With a few hundred connections the slices go out
/// back to back.
/// </summary>
public sealed class SittingAudience(IHubContext<VenueHub, IVenueClient> hub, HubConnectionLimit connections, TimeProvider clock)
{
    /// <summary>About what this server's WebSockets send per second on two cores with 10,000 tablets connected.</summary>
    public const double MessagesPerSecond = 15_000;

    private static readonly TimeSpan ShortestPause = TimeSpan.FromMilliseconds(2);

    public async Task SendAsync(int sittingId, Func<IVenueClient, Task> push)
    {
        var pause = TimeSpan.FromSeconds(connections.Active / (double)VenueGroups.SittingSlices / MessagesPerSecond);
        for (var slice = 0; slice < VenueGroups.SittingSlices; slice++)
        {
            if (slice > 0 && pause >= ShortestPause) await Task.Delay(pause, clock);
            await push(hub.Clients.Group(VenueGroups.SittingSlice(sittingId, slice)));
        }
    }
}
