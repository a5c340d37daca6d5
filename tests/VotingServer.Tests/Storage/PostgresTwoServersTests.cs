using System.Runtime.Versioning;
using Npgsql;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>
/// Two venue servers of one hall on one PostgreSQL database, each with its own data folder (the second's a copy of
/// the first's venue CA and signing key): what one commits, the other's in-memory copies take in through the NOTIFY
/// feed; a deputy's two casts sent to both at once are counted once; the writer knows its own changes before it
/// answers.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class PostgresTwoServersTests
{
    [Fact]
    public async Task ABallotOpenedOnOneServerIsOpenOnTheOtherAndACredentialIssuedOnOneSignsInOnTheOther()
    {
        await using var services = await LocalServices.StartAsync();
        await using var a = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        await using var b = await TestVenue.StartBesideAsync(a, TestVenue.OnPostgres(services));
        await b.Service<StoreFeed>().Listening.WaitAsync(Waiting.Timeout);
        var setup = await PreparedSitting.CreateAsync(a, a.BootstrapCode!, deputies: 4);
        // Three of four deputies sign in on A (a quorum); D002 comes later, on B.
        await using var tablet = await a.SignInAsync(setup.Codes[PreparedSitting.Number(0)]);
        await using var third = await a.SignInAsync(setup.Codes[PreparedSitting.Number(2)]);
        await using var fourth = await a.SignInAsync(setup.Codes[PreparedSitting.Number(3)]);

        // A new card for deputy D002 is issued on A: B's copy of the credentials has it.
        var old = setup.Codes[PreparedSitting.Number(1)];
        var issued = await setup.Secretariat.ReissueCredentialAsync(setup.SittingId, PreparedSitting.Number(1));
        var directory = b.Service<CredentialDirectory>();
        await Until(() => directory.FindByHash(CredentialCode.Hash(CredentialCode.Normalize(issued.Code)!)));

        var versionBefore = b.Service<OpenBallotRegistry>().Version;
        await setup.Presidium.OpenBallotAsync(setup.Ballot.Id);
        var seen = await Until(() => b.Service<OpenBallotRegistry>().Find(setup.Ballot.Id));
        Assert.Equal(setup.SittingId, seen.SittingId);
        Assert.True(b.Service<OpenBallotRegistry>().Version > versionBefore);

        // On B the card issued on A signs in (and is issued the ballot opened on A); the card it replaced is refused.
        await using var onB = await b.SignInAsync(issued.Code);
        var receipt = await onB.CastAsync(new CastRequest(setup.Ballot.Id, [setup.Project(0)], VenueConnection.NewCastId()));
        Assert.False(receipt.Duplicate);
        await Assert.ThrowsAnyAsync<Exception>(() => b.SignInAsync(old));

        // B does not hold the box key (it lives in A's memory): closing there is refused until a scrutineer unseals.
        // Closed on A: both ballots (one cast on A's tablet, one on B, sealed to the ballot's public key) are counted.
        await tablet.CastAsync(new CastRequest(setup.Ballot.Id, [setup.Project(1)], VenueConnection.NewCastId()));
        var presidium = await setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席乙");
        await Until(() => directory.FindByHash(CredentialCode.Hash(CredentialCode.Normalize(presidium.Code)!)));
        var presidiumOnB = b.Api(presidium.Code);
        var refused = await Assert.ThrowsAsync<VenueException>(() => presidiumOnB.CloseBallotAsync(setup.Ballot.Id));
        Assert.Equal(ErrorCodes.BoxSealed, refused.Code);
        var result = await setup.Presidium.CloseBallotAsync(setup.Ballot.Id);
        Assert.Equal((4, 2), (result.Issued, result.Returned));
        await Until(() => b.Service<OpenBallotRegistry>().Find(setup.Ballot.Id) is null ? "closed" : null);
    }

    /// <summary>With Redis too (the backplane and the box-key exchange), the row locks still decide which cast counts.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ADeputysTwoCastsSentToBothServersAtOnceAreCountedOnceAndTheOtherIsRefusedWithACode(bool withRedis)
    {
        const int deputies = 8;
        await using var services = await LocalServices.StartAsync();
        string[] settings = [.. TestVenue.OnPostgres(services), .. withRedis ? [$"--Redis:Connection={services.RedisConnection}"] : Array.Empty<string>()];
        await using var a = await TestVenue.StartAsync(settings);
        await using var b = await TestVenue.StartBesideAsync(a, settings);
        await b.Service<StoreFeed>().Listening.WaitAsync(Waiting.Timeout);
        var setup = await PreparedSitting.CreateAsync(a, a.BootstrapCode!, deputies);
        var codes = setup.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var onA = new List<VenueConnection>();
        var onB = new List<VenueConnection>();
        try
        {
            foreach (var code in codes) onA.Add(await a.SignInAsync(code));
            foreach (var code in codes) onB.Add(await b.SignInAsync(code));
            var ballot = setup.Ballot;
            await setup.Presidium.OpenBallotAsync(ballot.Id);
            await Until(() => b.Service<OpenBallotRegistry>().Find(ballot.Id));

            var outcomes = await Task.WhenAll(Enumerable.Range(0, deputies).SelectMany(d => new[]
            {
                Outcome(onA[d].CastAsync(new CastRequest(ballot.Id, [setup.Project(0)], VenueConnection.NewCastId()))),
                Outcome(onB[d].CastAsync(new CastRequest(ballot.Id, [setup.Project(1)], VenueConnection.NewCastId()))),
            }));
            for (var d = 0; d < deputies; d++)
            {
                var pair = outcomes[(2 * d)..(2 * d + 2)];
                Assert.Single(pair, o => o.Receipt is { Duplicate: false });
                Assert.Single(pair, o => o.Code == ErrorCodes.AlreadyCast);
            }

            // Closed on A while B still answers: exactly one ballot per deputy is counted, one row each in the box.
            var result = await setup.Presidium.CloseBallotAsync(ballot.Id);
            Assert.Equal((deputies, deputies), (result.Issued, result.Returned));
            var fromA = outcomes.Where((o, i) => i % 2 == 0 && o.Receipt is not null).Count();
            Assert.Equal(fromA, result.Items[0].Votes);
            Assert.Equal(deputies - fromA, result.Items[1].Votes);
            var (cast, inBox, _) = await Hall.PostgresFailoverTests.RowsAsync(services.PostgresConnection, ballot.Id);
            Assert.Equal((deputies, deputies), (cast, inBox));
        }
        finally
        {
            foreach (var tablet in onA.Concat(onB)) await tablet.DisposeAsync();
        }
    }

    [Fact]
    public async Task CastsOnOneServerWhileTheOtherClosesAreEitherCountedOrRefusedAsNotOpen()
    {
        const int deputies = 32;
        await using var services = await LocalServices.StartAsync();
        await using var a = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        await using var b = await TestVenue.StartBesideAsync(a, TestVenue.OnPostgres(services));
        await b.Service<StoreFeed>().Listening.WaitAsync(Waiting.Timeout);
        var setup = await PreparedSitting.CreateAsync(a, a.BootstrapCode!, deputies);
        var tablets = new List<VenueConnection>();
        try
        {
            foreach (var (_, code) in setup.Codes.OrderBy(c => c.Key)) tablets.Add(await b.SignInAsync(code));
            var ballot = setup.Ballot;
            await setup.Presidium.OpenBallotAsync(ballot.Id);
            await Until(() => b.Service<OpenBallotRegistry>().Find(ballot.Id));

            var casts = tablets.Select(t => Outcome(t.CastAsync(new CastRequest(ballot.Id, [setup.Project(2)], VenueConnection.NewCastId())))).ToList();
            var result = await setup.Presidium.CloseBallotAsync(ballot.Id);
            var outcomes = await Task.WhenAll(casts);
            // Every acknowledged ballot is in the count; every other cast was refused because the ballot had closed.
            var acknowledged = outcomes.Count(o => o.Receipt is not null);
            Assert.Equal(acknowledged, result.Returned);
            Assert.Equal(acknowledged, result.Items[2].Votes);
            Assert.All(outcomes.Where(o => o.Receipt is null), o => Assert.Equal(ErrorCodes.BallotNotOpen, o.Code));
        }
        finally
        {
            foreach (var tablet in tablets) await tablet.DisposeAsync();
        }
    }

    [Fact]
    public async Task DeputiesSigningInOnOneServerWhileTheOtherOpensTheBallotAreEachIssuedItOnce()
    {
        const int deputies = 24, early = 17;
        await using var services = await LocalServices.StartAsync();
        await using var a = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        await using var b = await TestVenue.StartBesideAsync(a, TestVenue.OnPostgres(services));
        await b.Service<StoreFeed>().Listening.WaitAsync(Waiting.Timeout);
        var setup = await PreparedSitting.CreateAsync(a, a.BootstrapCode!, deputies);
        var codes = setup.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var tablets = new List<VenueConnection>();
        try
        {
            foreach (var code in codes.Take(early)) tablets.Add(await a.SignInAsync(code));
            var late = codes.Skip(early).Select(code => b.SignInAsync(code)).ToList();
            await setup.Presidium.OpenBallotAsync(setup.Ballot.Id);
            tablets.AddRange(await Task.WhenAll(late));
            await Until(() => b.Service<OpenBallotRegistry>().Find(setup.Ballot.Id));

            // Whichever came first, the opening or the sign-in, every deputy holds the ballot and casts it.
            foreach (var tablet in tablets)
                Assert.False((await tablet.CastAsync(new CastRequest(setup.Ballot.Id, [setup.Project(3)], VenueConnection.NewCastId()))).Duplicate);
            var result = await setup.Presidium.CloseBallotAsync(setup.Ballot.Id);
            Assert.Equal((deputies, deputies), (result.Issued, result.Returned));
        }
        finally
        {
            foreach (var tablet in tablets) await tablet.DisposeAsync();
        }
    }

    [Fact]
    public async Task TheWritersInMemoryCopiesHoldItsOwnCommitBeforeTheWriteIsAnswered()
    {
        await using var services = await LocalServices.StartAsync();
        await using var venue = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2);
        var writer = venue.Service<GroupCommitWriter>();
        var registry = venue.Service<OpenBallotRegistry>();
        Assert.Null(registry.Find(setup.Ballot.Id));
        Assert.NotEqual(0, writer.ProcessId);

        // A bare UPDATE, so nothing but the row trigger's notification tells the writer which ballot changed.
        var written = await writer.WriteAsync(tx => tx.Connection.Execute(
            "UPDATE \"Ballots\" SET \"State\" = 'open' WHERE \"Id\" = @ballot", ("@ballot", setup.Ballot.Id)));
        Assert.Equal(1, written);
        Assert.NotNull(registry.Find(setup.Ballot.Id));

        await writer.WriteAsync(tx => tx.Connection.Execute(
            "UPDATE \"Ballots\" SET \"State\" = 'draft' WHERE \"Id\" = @ballot", ("@ballot", setup.Ballot.Id)));
        Assert.Null(registry.Find(setup.Ballot.Id));
    }

    [Fact]
    public async Task WhenTheFeedsConnectionIsCutItConnectsAgainAndTakesInWhatWasCommittedMeanwhile()
    {
        await using var services = await LocalServices.StartAsync();
        await using var a = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        await using var b = await TestVenue.StartBesideAsync(a, TestVenue.OnPostgres(services));
        var feed = b.Service<StoreFeed>();
        await feed.Listening.WaitAsync(Waiting.Timeout);
        var setup = await PreparedSitting.CreateAsync(a, a.BootstrapCode!, deputies: 3);
        var tablets = new List<VenueConnection>();
        try
        {
            foreach (var (_, code) in setup.Codes) tablets.Add(await a.SignInAsync(code));
            var connections = feed.Connections;
            // Both servers' feed backends are ended from outside (as a restart of PostgreSQL or a cut cable would), and the
            // ballot opened at once, while nobody on B may be listening.
            await using (var db = new NpgsqlConnection(services.PostgresConnection))
            {
                await db.OpenAsync();
                var ended = db.Scalar<long>(
                    """
                    SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE application_name = @feed) t
                    """, ("@feed", StoreFeed.ApplicationName));
                Assert.Equal(2, ended);
            }
            await setup.Presidium.OpenBallotAsync(setup.Ballot.Id);
            await Until(() => feed.Connections > connections ? "again" : null);
            await Until(() => b.Service<OpenBallotRegistry>().Find(setup.Ballot.Id));
        }
        finally
        {
            foreach (var tablet in tablets) await tablet.DisposeAsync();
        }
    }

    [Fact]
    public async Task WhenTheWritersConnectionIsCutTheWriteInFlightFailsAndTheNextOnesGoThroughOnANewConnection()
    {
        await using var services = await LocalServices.StartAsync();
        await using var venue = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 1);
        await using var tablet = await venue.SignInAsync(setup.Codes[PreparedSitting.Number(0)]);
        await setup.Presidium.OpenBallotAsync(setup.Ballot.Id);
        var writer = venue.Service<GroupCommitWriter>();
        var before = writer.ProcessId;
        await using (var db = new NpgsqlConnection(services.PostgresConnection))
        {
            await db.OpenAsync();
            Assert.True(db.Scalar<bool>("SELECT pg_terminate_backend(@pid)", ("@pid", before)));
        }

        // The write that meets the dead connection fails (its caller resends); the next ones run on a new connection.
        await Assert.ThrowsAnyAsync<Exception>(() => writer.WriteAsync(tx => tx.Connection.Execute("SELECT 1")));
        var castId = VenueConnection.NewCastId();
        var receipt = await tablet.CastAsync(new CastRequest(setup.Ballot.Id, [setup.Project(0)], castId));
        Assert.False(receipt.Duplicate);
        Assert.NotEqual(before, writer.ProcessId);
        Assert.True((await tablet.CastAsync(new CastRequest(setup.Ballot.Id, [setup.Project(0)], castId))).Duplicate);
        var result = await setup.Presidium.CloseBallotAsync(setup.Ballot.Id);
        Assert.Equal((1, 1), (result.Issued, result.Returned));
        Assert.Null(venue.Service<OpenBallotRegistry>().Find(setup.Ballot.Id));
    }

    private sealed record CastOutcome(CastReceipt? Receipt, string? Code);

    private static async Task<CastOutcome> Outcome(Task<CastReceipt> cast)
    {
        try { return new(await cast, null); }
        catch (VenueException refused) { return new(null, refused.Code); }
    }

    /// <summary>Waits until <paramref name="probe"/> gives a value, checking again as the other server's feed takes in commits.</summary>
    private static async Task<T> Until<T>(Func<T?> probe) where T : class
    {
        using var timeout = new CancellationTokenSource(Waiting.Timeout);
        while (true)
        {
            if (probe() is { } value) return value;
            await Task.Delay(TimeSpan.FromMilliseconds(25), timeout.Token);
        }
    }
}
