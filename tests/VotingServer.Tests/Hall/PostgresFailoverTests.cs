using System.Runtime.Versioning;
using System.Text;
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
        var dataA = Directory.CreateTempSubdirectory("pc-hall-a-").FullName;
        string? dataB = null;
        var (portA, portB) = (ChildVenue.FreePort(), ChildVenue.FreePort());
        var hall = new[] { new Uri($"http://127.0.0.1:{portA}/"), new Uri($"http://127.0.0.1:{portB}/") };
        string[] settings =
        [
            "--Data:Provider=postgres", $"--Data:PostgresConnection={services.PostgresConnection}",
            $"--Redis:Connection={services.RedisConnection}", $"--Venue:Servers:0={hall[0]}", $"--Venue:Servers:1={hall[1]}",
        ];
        var a = await ChildVenue.StartAsync(dataA, portA, settings);
        ChildVenue? b = null;
        var tablets = new List<HallConnection>();
        try
        {
            var secretariat = a.Api(await a.BootstrapCodeAsync());
            dataB = SecondServerFolder.CreateFrom(dataA, shareSqliteFile: false);
            b = await ChildVenue.StartAsync(dataB, portB, settings);
            var (sittingId, codes, presidiumCode) = await PrepareAsync(secretariat);
            var ballot = await secretariat.CreateBallotAsync(sittingId, PreparedSitting.FiveChooseThree);
            var casts = codes.Select((_, i) => new CastRequest(ballot.Id, [ballot.Items[i % 5].Id], VenueConnection.NewCastId())).ToList();

            // Even tablets sign in on A, odd ones on B.
            tablets.AddRange(codes.Select((code, i) => new HallConnection(hall, code, first: i % 2)));
            await Task.WhenAll(tablets.Select(t => t.SignInAsync()));
            Assert.All(tablets, (t, i) => Assert.Equal(hall[i % 2], t.Server));
            await a.Api(presidiumCode).OpenBallotAsync(ballot.Id);
            var presidiumOnB = b.Api(presidiumCode);
            await UntilAsync(async () => (await presidiumOnB.ProgressAsync(sittingId)).Any(p => p.BallotId == ballot.Id && !p.Sealed));

            var onA = Enumerable.Range(0, Tablets).Where(i => i % 2 == 0).ToList();
            var run = await MidBurstKill.RunAsync(tablets, casts, onA, hall[1], InFlight, acksBeforeKill: 12, a.KillAsync);
            output.WriteLine(run.Describe());
            await run.CheckAsync(tablets, casts, hall[1]);

            // B holds the key the exchange handed it: it closes without anyone unsealing, counting each cast once.
            var result = await presidiumOnB.CloseBallotAsync(ballot.Id);
            var expected = ballot.Items.ToDictionary(item => item.Id, item => (int?)casts.Count(c => c.Marks![0] == item.Id));
            Assert.Equal((Tablets, Tablets, Tablets), (result.Issued, result.Returned, result.Valid));
            Assert.Equal(expected, result.Items.ToDictionary(i => i.ItemId, i => i.Votes));
            var (cast, inBox, castIds) = await RowsAsync(services.PostgresConnection, ballot.Id);
            Assert.Equal((Tablets, Tablets), (cast, inBox));
            Assert.Equal(casts.Select(c => c.CastId).Order(StringComparer.Ordinal), castIds);
        }
        finally
        {
            await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
            await a.DisposeAsync();
            if (b is not null) await b.DisposeAsync();
            Directory.Delete(dataA, recursive: true);
            if (dataB is not null) Directory.Delete(dataB, recursive: true);
        }
    }

    private static async Task<(int SittingId, IReadOnlyList<string> Codes, string PresidiumCode)> PrepareAsync(VenueApiClient secretariat)
    {
        var sitting = await secretariat.CreateSittingAsync(new CreateSittingRequest("双机测试镇人民代表大会第一次会议"));
        await secretariat.ImportRosterAsync(sitting.Id, Encoding.UTF8.GetBytes(PreparedSitting.RosterCsv(Tablets)));
        var codes = PreparedSitting.ParseSheet(await secretariat.IssueCredentialSheetAsync(sitting.Id));
        var presidium = await secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席");
        await secretariat.AddCountingStaffAsync(sitting.Id, new(PreparedSitting.ChiefName, CountingRole.ChiefScrutineer));
        return (sitting.Id, [.. codes.OrderBy(c => c.Key).Select(c => c.Value)], presidium.Code);
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
