using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Ballots;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// Attendance and ballot progress, pushed at most four times a second per sitting. A sign-in storm of thousands
/// of tablets thus costs a few broadcasts, not one broadcast per sign-in to every tablet.
/// </summary>
public sealed partial class LiveUpdates(
    IHubContext<VenueHub, IVenueClient> hub, IServiceScopeFactory scopes, TimeProvider clock, ILogger<LiveUpdates> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<int, byte> changedSittings = new();

    /// <summary>Something in this sitting's attendance or ballot progress changed.</summary>
    public void Touch(int sittingId) => changedSittings.TryAdd(sittingId, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var sittingId in changedSittings.Keys)
            {
                changedSittings.TryRemove(sittingId, out _);
                try
                {
                    await PushAsync(sittingId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPushFailed(ex, sittingId);
                }
            }
        }
    }

    private async Task PushAsync(int sittingId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var attendance = await scope.ServiceProvider.GetRequiredService<AttendanceQuery>().GetAsync(sittingId);
        await hub.Clients.Group(VenueGroups.Sitting(sittingId)).AttendanceChanged(attendance);
        foreach (var progress in await scope.ServiceProvider.GetRequiredService<BallotQueries>().ProgressAsync(sittingId))
        {
            await hub.Clients.Group(VenueGroups.Staff(sittingId)).ProgressChanged(progress);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live update of sitting {SittingId} failed")]
    private partial void LogPushFailed(Exception ex, int sittingId);
}
