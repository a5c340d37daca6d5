using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Connections;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// Pushes to everyone of a sitting, one push after another, each a slice at a time. Each connection that a push
/// reaches holds the message in its own buffers (at least 4 KiB on each side of the WebSocket) until its socket has
/// sent it, so a large result sent to every tablet at once multiplies in memory. Spread over the slices at about
/// <see cref="MessagesPerSecond"/>, only a few slices' worth is in flight at a time (docs/performance.md has the
/// figures). With a few hundred connections the slices go out back to back. The caller (opening or closing a ballot) does not wait
/// for the push: it is queued, and pushes leave in the order they were queued.
/// </summary>
public sealed partial class SittingAudience(
    IHubContext<VenueHub, IVenueClient> hub, HubConnectionLimit connections, TimeProvider clock, ILogger<SittingAudience> logger)
    : BackgroundService
{
    /// <summary>About what this server's WebSockets send per second on two cores with 10,000 tablets connected.</summary>
    public const double MessagesPerSecond = 15_000;

    private static readonly TimeSpan ShortestPause = TimeSpan.FromMilliseconds(2);
    private readonly Channel<(int SittingId, string What, Func<IVenueClient, Task> Push)> queue =
        Channel.CreateUnbounded<(int, string, Func<IVenueClient, Task>)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a push to everyone of the sitting; <paramref name="what"/> names it in the log if it fails.</summary>
    public void Post(int sittingId, string what, Func<IVenueClient, Task> push) => queue.Writer.TryWrite((sittingId, what, push));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (sittingId, what, push) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(sittingId, push, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPushFailed(ex, what, sittingId);
            }
        }
    }

    private async Task SendAsync(int sittingId, Func<IVenueClient, Task> push, CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(connections.Active / (double)VenueGroups.SittingSlices / MessagesPerSecond);
        for (var slice = 0; slice < VenueGroups.SittingSlices; slice++)
        {
            if (slice > 0 && pause >= ShortestPause) await Task.Delay(pause, clock, stoppingToken);
            await push(hub.Clients.Group(VenueGroups.SittingSlice(sittingId, slice)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {What} to sitting {SittingId} failed")]
    private partial void LogPushFailed(Exception ex, string what, int sittingId);
}
