using System.Runtime.Versioning;
using Npgsql;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tests.Attacks;
using Xunit.Abstractions;

namespace PeoplesCongress.VotingServer.Tests.Hall;

/// <summary>
/// Two venue server processes of one hall over one PostgreSQL and one Redis, the tablets spread over both. One server
/// is killed with SIGKILL in the middle of a burst of casts: its tablets move to the other and send again what had no
/// answer, and the survivor closes the ballot with the box key the exchange handed it, with no scrutineer unsealing.
/// Every acknowledged ballot is in the box exactly once.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class PostgresFailoverTests(ITestOutputHelper output)
{
    private const int Tablets = 40;
    private const int InFlight = 8;

    [Fact]
    public async Task AfterSigkillOfOneServerItsTabletsMoveAndTheSurvivorClosesWithTheExchangedKeyCountingEachAckOnce()
    {
        await using var services = await LocalServices.StartAsync();
        await using var hall = await TwoServerHall.StartAsync(
            "--Data:Provider=postgres", $"--Data:PostgresConnection={services.PostgresConnection}", $"--Redis:Connection={services.RedisConnection}");
        var (a, servers, tablets) = (hall.A, hall.Servers, hall.Tablets);
        var secretariatCode = await a.BootstrapCodeAsync();
        var b = await hall.StartBAsync(shareSqliteFile: false);
        var sitting = await PreparedSitting.CreateAsync(a.Api, secretariatCode, Tablets, name: FailoverTests.HallSitting);
        var (sittingId, codes, presidiumCode, ballot) = (sitting.SittingId, sitting.CodesInOrder, sitting.PresidiumCode, sitting.Ballot);
        var casts = codes.Select((_, i) => new CastRequest(ballot.Id, [ballot.Items[i % 5].Id], VenueConnection.NewCastId())).ToList();

        // Even tablets sign in on A, odd ones on B.
        tablets.AddRange(codes.Select((code, i) => new HallConnection(servers, code, first: i % 2)));
        await Task.WhenAll(tablets.Select(t => t.SignInAsync()));
        Assert.All(tablets, (t, i) => Assert.Equal(servers[i % 2], t.Server));
        await a.Api(presidiumCode).OpenBallotAsync(ballot.Id);
        var presidiumOnB = b.Api(presidiumCode);
        await UntilAsync(async () => (await presidiumOnB.ProgressAsync(sittingId)).Any(p => p.BallotId == ballot.Id && !p.Sealed));

        var onA = Enumerable.Range(0, Tablets).Where(i => i % 2 == 0).ToList();
        var run = await MidBurstKill.RunAsync(tablets, casts, onA, servers[1], InFlight, acksBeforeKill: 12, a.KillAsync);
        output.WriteLine(run.Describe());
        await run.CheckAsync(tablets, casts, servers[1]);

        // B holds the key the exchange handed it: it closes without anyone unsealing, counting each cast once.
        var result = await presidiumOnB.CloseBallotAsync(ballot.Id);
        var expected = ballot.Items.ToDictionary(item => item.Id, item => (int?)casts.Count(c => c.Marks![0] == item.Id));
        Assert.Equal((Tablets, Tablets, Tablets), (result.Issued, result.Returned, result.Valid));
        Assert.Equal(expected, result.Items.ToDictionary(i => i.ItemId, i => i.Votes));
        var (cast, inBox, castIds) = await RowsAsync(services.PostgresConnection, ballot.Id);
        Assert.Equal((Tablets, Tablets), (cast, inBox));
        Assert.Equal(casts.Select(c => c.CastId).Order(StringComparer.Ordinal), castIds);
    }

    /// <summary>Issuances holding a cast, the box's rows, and the cast ids recorded, read straight from PostgreSQL.</summary>
    internal static async Task<(int Cast, int InBox, List<string> CastIds)> RowsAsync(string connectionString, int ballotId)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var ids = db.Query(
            "SELECT \"CastId\" FROM \"Issuances\" WHERE \"BallotId\" = @ballot AND \"CastId\" IS NOT NULL", r => r.GetString(0),
            ("@ballot", ballotId)).Order(StringComparer.Ordinal).ToList();
        var inBox = db.Scalar<long>("SELECT COUNT(*) FROM \"BallotBox\" WHERE \"BallotId\" = @ballot", ("@ballot", ballotId));
        return (ids.Count, (int)inBox, ids);
    }

    /// <summary>Asks again, as the other server takes in what happened, until <paramref name="probe"/> holds.</summary>
    internal static async Task UntilAsync(Func<Task<bool>> probe)
    {
        using var timeout = new CancellationTokenSource(Waiting.Timeout);
        while (!await probe()) await Task.Delay(50, timeout.Token);
    }
}
