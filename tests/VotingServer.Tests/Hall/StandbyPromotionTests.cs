using System.Diagnostics;
using System.Runtime.Versioning;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Infrastructure;
using Xunit.Abstractions;

namespace PeoplesCongress.VotingServer.Tests.Hall;

/// <summary>
/// Two venue servers on a PostgreSQL primary with a synchronous standby (the connection string names both hosts). The
/// primary is killed in the middle of a burst of casts and the standby promoted: the casts refused meanwhile with
/// internal-error are sent again with their cast ids, both servers' writers and feeds find the new primary, the burst
/// completes, the ballot closes, and every acknowledged ballot is counted exactly once.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class StandbyPromotionTests(ITestOutputHelper output)
{
    private const int Tablets = 30;
    private const int InFlight = 6;

    [Fact]
    public async Task WhenThePrimaryDiesAndTheStandbyIsPromotedEveryCastGoesThroughAndIsCountedOnce()
    {
        await using var services = await LocalServices.StartAsync(standby: true);
        string[] settings = [.. TestVenue.OnPostgres(services), $"--Redis:Connection={services.RedisConnection}"];
        await using var a = await TestVenue.StartAsync(settings);
        await using var b = await TestVenue.StartBesideAsync(a, settings);
        var feedOnB = b.Service<StoreFeed>();
        await feedOnB.Listening.WaitAsync(Waiting.Timeout);
        var setup = await PreparedSitting.CreateAsync(a, a.BootstrapCode!, Tablets);
        var hall = new[] { a.Url, b.Url };
        var ballot = setup.Ballot;
        var casts = Enumerable.Range(0, Tablets)
            .Select(i => new CastRequest(ballot.Id, [ballot.Items[i % 5].Id], VenueConnection.NewCastId())).ToList();
        var tablets = setup.Codes.OrderBy(c => c.Key).Select((c, i) => new HallConnection(hall, c.Value, first: i % 2, trust: a.Trust)).ToList();
        try
        {
            await Task.WhenAll(tablets.Select(t => t.SignInAsync()));
            await setup.Presidium.OpenBallotAsync(ballot.Id);
            await PostgresFailoverTests.UntilAsync(() => Task.FromResult(b.Service<OpenBallotRegistry>().Find(ballot.Id) is not null));
            var (writerA, writerB) = (a.Service<GroupCommitWriter>().ProcessId, b.Service<GroupCommitWriter>().ProcessId);
            var feedConnections = feedOnB.Connections;

            var promotedAfter = TimeSpan.Zero;
            var run = await MidBurstKill.RunAsync(tablets, casts, onKilled: [], survivor: null, InFlight, acksBeforeKill: 8, async () =>
            {
                var sinceKill = Stopwatch.StartNew();
                await services.KillPrimaryAsync();
                await services.PromoteStandbyAsync();
                promotedAfter = sinceKill.Elapsed;
            });

            var after = run.AcksAfterKill;
            output.WriteLine($"{run.AckedBeforeKill.Count} of {Tablets} casts acknowledged before the primary was killed; standby promoted "
                + $"{promotedAfter.TotalMilliseconds:F0} ms after the kill; first ack after the kill at "
                + $"{(after.Count > 0 ? after[0].TotalMilliseconds : double.NaN):F0} ms, last at "
                + $"{(after.Count > 0 ? after[^1].TotalMilliseconds : double.NaN):F0} ms");
            Assert.All(run.Receipts, r => Assert.Equal(ballot.Id, r.BallotId));
            // A resend of any cast is answered with its receipt: it is recorded, once.
            foreach (var (tablet, i) in tablets.Select((t, i) => (t, i)))
                Assert.True((await tablet.CastAsync(casts[i])).Duplicate);

            // Both writers are on new connections (the new primary's), and B's feed has connected again.
            Assert.NotEqual(writerA, a.Service<GroupCommitWriter>().ProcessId);
            Assert.NotEqual(writerB, b.Service<GroupCommitWriter>().ProcessId);
            await PostgresFailoverTests.UntilAsync(() => Task.FromResult(feedOnB.Connections > feedConnections));

            var result = await setup.Presidium.CloseBallotAsync(ballot.Id);
            var expected = ballot.Items.ToDictionary(item => item.Id, item => (int?)casts.Count(c => c.Marks![0] == item.Id));
            Assert.Equal((Tablets, Tablets), (result.Issued, result.Returned));
            Assert.Equal(expected, result.Items.ToDictionary(i => i.ItemId, i => i.Votes));
            var (cast, inBox, castIds) = await PostgresFailoverTests.RowsAsync(services.PostgresConnection, ballot.Id);
            Assert.Equal((Tablets, Tablets), (cast, inBox));
            Assert.Equal(casts.Select(c => c.CastId).Order(StringComparer.Ordinal), castIds);
            // B takes in the closing through its feed on the new primary.
            await PostgresFailoverTests.UntilAsync(() => Task.FromResult(b.Service<OpenBallotRegistry>().Find(ballot.Id) is null));
        }
        finally
        {
            await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
        }
    }
}
