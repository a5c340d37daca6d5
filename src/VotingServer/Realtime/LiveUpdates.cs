using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Connections;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// Attendance and ballot progress, pushed at most four times a second per sitting. A sign-in storm of thousands
/// of tablets thus costs a few broadcasts, not one broadcast per sign-in to every tablet. Attendance goes to every
/// tablet, so beyond 1,000 connections its pushes are spaced further apart (<see cref="AttendanceMessagesPerSecond"/>).
/// </summary>
public sealed partial class LiveUpdates(
    IHubContext<VenueHub, IVenueClient> hub, SittingAudience audience, IServiceScopeFactory scopes, HubConnectionLimit connections,
    TimeProvider clock, ILogger<LiveUpdates> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private const double AttendanceMessagesPerSecond = 4000;
    private readonly ConcurrentDictionary<int, Changes> changed = new();
    private readonly Dictionary<int, long> attendanceNotBefore = [];

    /// <summary>Attendance changed: pushed to everyone of the sitting.</summary>
    public void AttendanceChanged(int sittingId) => Mark(sittingId, Changes.Attendance);

    /// <summary>Issued or cast counts of an open ballot changed: pushed to the sitting's staff only.</summary>
    public void ProgressChanged(int sittingId) => Mark(sittingId, Changes.Progress);

    private void Mark(int sittingId, Changes what) => changed.AddOrUpdate(sittingId, what, (_, before) => before | what);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var sittingId in changed.Keys)
            {
                if (!changed.TryRemove(sittingId, out var what)) continue;
                if (what.HasFlag(Changes.Attendance) && !AttendanceDue(sittingId))
                {
                    // Not yet: it stays marked for a later tick; progress, for the few staff pages, goes now.
                    Mark(sittingId, Changes.Attendance);
                    what &= ~Changes.Attendance;
                    if (what == 0) continue;
                }
                try
                {
                    await PushAsync(sittingId, what);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPushFailed(ex, sittingId);
                }
            }
        }
    }

    private bool AttendanceDue(int sittingId)
    {
        var now = clock.GetTimestamp();
        if (now < attendanceNotBefore.GetValueOrDefault(sittingId)) return false;
        var spacing = Math.Max(Interval.TotalSeconds, connections.Active / AttendanceMessagesPerSecond);
        // Half a tick early, so that timer jitter never costs a small sitting every other tick.
        attendanceNotBefore[sittingId] = now + (long)((spacing - Interval.TotalSeconds / 2) * clock.TimestampFrequency);
        return true;
    }

    private async Task PushAsync(int sittingId, Changes what)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (what.HasFlag(Changes.Attendance))
        {
            var attendance = await scope.ServiceProvider.GetRequiredService<AttendanceQuery>().GetAsync(sittingId);
            audience.Post(sittingId, nameof(IVenueClient.AttendanceChanged), client => client.AttendanceChanged(attendance));
        }
        if (!what.HasFlag(Changes.Progress)) return;
        foreach (var progress in await scope.ServiceProvider.GetRequiredService<BallotQueries>().ProgressAsync(sittingId))
        {
            await hub.Clients.Group(VenueGroups.Staff(sittingId)).ProgressChanged(progress);
        }
    }

    [Flags]
    private enum Changes { Attendance = 1, Progress = 2 }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live update of sitting {SittingId} failed")]
    private partial void LogPushFailed(Exception ex, int sittingId);
}
