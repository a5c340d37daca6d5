using System.Collections.Concurrent;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Attendance;

/// <summary>
/// Attendance to the tablets on a budget (Live:TabletAttendancePerSecond): with one message a second for five
/// connections, a tablet's pushes are five seconds apart, while the staff page gets every change.
/// </summary>
public sealed class TabletAttendanceBudgetTests : IAsyncLifetime
{
    private TestVenue venue = null!;

    public async Task InitializeAsync() => venue = await TestVenue.StartAsync("--Live:TabletAttendancePerSecond=1");

    public async Task DisposeAsync() => await venue.DisposeAsync();

    [Fact]
    public async Task TheStaffSeeEveryCountAndTheTabletsFewerPushesEndingWithTheLastCount()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4);
        await using var watcher = await venue.ConnectAsync(
            (await sitting.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code);
        await watcher.WatchSittingAsync(sitting.SittingId);

        var tablets = new List<VenueConnection>();
        var lastCountArrived = new List<Task<AttendanceView>>();
        var seenByFirst = new ConcurrentQueue<int>();
        foreach (var (code, present) in sitting.CodesInOrder.Select((code, i) => (code, i + 1)))
        {
            var staffSeesIt = Waiting.Next<AttendanceView>(h => watcher.AttendanceReceived += h, a => a.Present == present);
            var tablet = await venue.SignInAsync(code);
            if (tablets.Count == 0) tablet.AttendanceReceived += a => seenByFirst.Enqueue(a.Present);
            lastCountArrived.Add(Waiting.Next<AttendanceView>(h => tablet.AttendanceReceived += h, a => a.Present == 4));
            tablets.Add(tablet);
            await staffSeesIt;
        }

        // Every tablet gets the last count, however its pushes were spaced; the first one got fewer pushes than counts.
        await Task.WhenAll(lastCountArrived);
        Assert.Equal(4, seenByFirst.Last());
        Assert.True(seenByFirst.Count < 4, $"the first tablet got a push for every count: {string.Join(", ", seenByFirst)}");
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task ABudgetOfNoMessagesIsRefusedAtStart()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => TestVenue.StartAsync("--Live:TabletAttendancePerSecond=0"));
        Assert.Contains("Live:TabletAttendancePerSecond", refused.Message);
    }
}
