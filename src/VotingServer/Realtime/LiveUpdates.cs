using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Connections;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// Attendance and ballot progress, pushed at most four times a second per sitting. A sign-in storm of thousands
/// of tablets thus costs a few broadcasts, not one broadcast per sign-in to every tablet. The sitting's staff (the
/// presidium's console, the secretariat, the big screen) see attendance at every tick; the tablets, beyond 250 of
/// them, less often: their pushes are spaced so that all of them together send about
/// <see cref="LiveUpdateOptions.TabletAttendancePerSecond"/> messages (by default 1,000: every 10 s with 10,000
/// tablets), and the last count always reaches them.
/// </summary>
public sealed partial class LiveUpdates(
    IHubContext<VenueHub, IVenueClient> hub, SittingAudience audience, IServiceScopeFactory scopes, HubConnectionLimit connections,
    IOptions<LiveUpdateOptions> options, TimeProvider clock, ILogger<LiveUpdates> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly double tabletAttendancePerSecond = options.Value.TabletAttendancePerSecond;
    private readonly ConcurrentDictionary<int, Changes> changed = new();
    private readonly Dictionary<int, long> attendanceNotBefore = [];

    /// <summary>Attendance changed: pushed to the sitting's staff now, and to everyone of it when due.</summary>
    public void AttendanceChanged(int sittingId) => Mark(sittingId, Changes.Attendance | Changes.TabletAttendance);

    /// <summary>Issued or cast counts of an open ballot changed: pushed to the sitting's staff only.</summary>
    public void ProgressChanged(int sittingId) => Mark(sittingId, Changes.Progress);

    private void Mark(int sittingId, Changes what) =>
        changed.AddOrUpdate(sittingId, static (_, added) => added, static (_, before, added) => before | added, what);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var sittingId in changed.Keys)
            {
                if (!changed.TryRemove(sittingId, out var what)) continue;
                if (what.HasFlag(Changes.TabletAttendance) && !TabletAttendanceDue(sittingId))
                {
                    // Not yet: it stays marked for a later tick; what goes to the few staff pages goes now.
                    Mark(sittingId, Changes.TabletAttendance);
                    what &= ~Changes.TabletAttendance;
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

    private bool TabletAttendanceDue(int sittingId)
    {
        var now = clock.GetTimestamp();
        if (now < attendanceNotBefore.GetValueOrDefault(sittingId)) return false;
        var spacing = Math.Max(Interval.TotalSeconds, connections.Active / tabletAttendancePerSecond);
        // Half a tick early, so that timer jitter never costs a small sitting every other tick.
        attendanceNotBefore[sittingId] = now + (long)((spacing - Interval.TotalSeconds / 2) * clock.TimestampFrequency);
        return true;
    }

    private async Task PushAsync(int sittingId, Changes what)
    {
        await using var scope = scopes.CreateAsyncScope();
        if ((what & (Changes.Attendance | Changes.TabletAttendance)) != 0)
        {
            var attendance = await scope.ServiceProvider.GetRequiredService<AttendanceQuery>().GetAsync(sittingId);
            // Everyone of the sitting includes its staff, who then need no push of their own.
            if (what.HasFlag(Changes.TabletAttendance))
                audience.Post(sittingId, nameof(IVenueClient.AttendanceChanged), client => client.AttendanceChanged(attendance));
            else
                await hub.Clients.Group(VenueGroups.Staff(sittingId)).AttendanceChanged(attendance);
        }
        if (!what.HasFlag(Changes.Progress)) return;
        foreach (var progress in await scope.ServiceProvider.GetRequiredService<BallotQueries>().ProgressAsync(sittingId))
        {
            await hub.Clients.Group(VenueGroups.Staff(sittingId)).ProgressChanged(progress);
        }
    }

    [Flags]
    private enum Changes { Attendance = 1, Progress = 2, TabletAttendance = 4 }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live update of sitting {SittingId} failed")]
    private partial void LogPushFailed(Exception ex, int sittingId);
}
