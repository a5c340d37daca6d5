using System.Runtime.Versioning;
using System.Text;
using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.Verifier;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sealing;

namespace PeoplesCongress.VotingServer.Tests.Cluster;

/// <summary>
/// A whole sitting run across the two servers of a hall over PostgreSQL and Redis: what is set up on A holds on B,
/// deputies on both cast into one box, a staff page on B follows the casts made on both, a ballot opened on one server
/// is closed on the other with the key the exchange handed it, and the notice and bundle are the same from either.
/// (PostgresTwoServersTests covers the store's races without Redis.)
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class TwoServerSittingTests
{
    private const int Deputies = 12;

    [Fact]
    public async Task ASittingRunAcrossBothServersCountsEveryBallotAndItsBundleFromTheOtherServerPassesTheVerifier()
    {
        await using var services = await LocalServices.StartAsync();
        string[] settings = [.. TestVenue.OnPostgres(services), $"--Redis:Connection={services.RedisConnection}"];
        await using var a = await TestVenue.StartAsync(settings);
        await using var b = await TestVenue.StartBesideAsync(a, settings);
        await b.Service<StoreFeed>().Listening.WaitAsync(Waiting.Timeout);

        // The secretariat on A imports the roster and issues the credentials; half the deputies sign in on A, half on B.
        var setup = await PreparedSitting.CreateAsync(a, a.BootstrapCode!, Deputies);
        var second = await setup.Secretariat.AddCountingStaffAsync(setup.SittingId, new("杨春梅", CountingRole.Scrutineer));
        var codes = setup.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var tablets = new List<VenueConnection>();
        var presidiumOnB = b.Api((await setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席乙")).Code);
        await using var staffOnB = await b.ConnectAsync((await setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席丙")).Code);
        await staffOnB.WatchSittingAsync(setup.SittingId);
        try
        {
            for (var d = 0; d < Deputies; d++) tablets.Add(await (d < Deputies / 2 ? a : b).SignInAsync(codes[d]));

            // The presidium on A opens the secret 票决; everyone casts on their own server.
            var ballot = setup.Ballot;
            var everyoneCast = Waiting.Next<BallotProgress>(h => staffOnB.ProgressReceived += h, p => p.BallotId == ballot.Id && p.Cast == Deputies);
            await setup.Presidium.OpenBallotAsync(ballot.Id);
            await Until(() => b.Service<OpenBallotRegistry>().Find(ballot.Id) is not null);
            for (var d = 0; d < Deputies; d++)
                await tablets[d].CastAsync(new CastRequest(ballot.Id, d switch { < 6 => [setup.Project(0), setup.Project(1)], < 9 => [setup.Project(2)], _ => [] }, VenueConnection.NewCastId()));
            // The staff page on B is told of the casts made on A as well as on B.
            Assert.Equal(Deputies, (await everyoneCast).Issued);

            // A motion opened on B, cast on both, closed on A with the key the exchange handed A.
            var motion = await setup.Secretariat.CreateBallotAsync(setup.SittingId, new("关于一项决定", Kind: BallotKind.Motion));
            await presidiumOnB.OpenBallotAsync(motion.Id);
            await Until(() => a.Service<OpenBallotRegistry>().Find(motion.Id) is not null && a.Service<BoxKeys>().Holds(motion.Id));
            for (var d = 0; d < Deputies; d++)
                await tablets[d].CastAsync(new CastRequest(motion.Id, null, VenueConnection.NewCastId(),
                    [new ItemChoice(motion.Items[0].Id, d < 8 ? "for" : d < 11 ? "against" : "abstain")]));
            var motionResult = await setup.Presidium.CloseBallotAsync(motion.Id);
            Assert.Equal([8, 3, 1], motionResult.Items[0].Counts.Select(c => c.Count));
            Assert.True(motionResult.Passed);

            // The first ballot, opened on A, is closed on B: B holds its key, so no scrutineer unseals.
            Assert.True(b.Service<BoxKeys>().Holds(ballot.Id));
            var result = await presidiumOnB.CloseBallotAsync(ballot.Id);
            Assert.Equal((Deputies, Deputies, Deputies), (result.Issued, result.Returned, result.Valid));
            Assert.Equal([6, 6, 3, 0, 0], result.Items.Select(i => i.Votes ?? -1));

            // The scrutineers sign on B, the secretariat publishes on A.
            await b.Api(setup.ChiefCode).SignCountRecordAsync(ballot.Id);
            await b.Api(second.Credential!.Code).SignCountRecordAsync(ballot.Id);
            var notice = await setup.Secretariat.PublishAsync(ballot.Id);
            var document = JsonNode.Parse(await b.Api("").DownloadAsync(notice.JsonUrl))!;
            Assert.Equal(Deputies, (int)document["result"]!["issued"]!);
            Assert.Equal(Deputies, (int)document["result"]!["returned"]!);
            Assert.Equal([6, 6, 3, 0, 0], document["result"]!["items"]!.AsArray().Select(i => (int)i!["votes"]!));

            // The bundle fetched from B passes the offline verifier, against the hall's one signing key.
            var bundle = BundleFile.Parse(Encoding.UTF8.GetString(await b.Api("").DownloadAsync(notice.BundleUrl)));
            Assert.Empty(BundleVerifier.Verify(bundle, bundle.ServerKey.Fingerprint).FailedCodes);
            Assert.Equal(Deputies, bundle.Box.Count);
            Assert.Equal(Deputies, bundle.TrackingCodes.Count);
            Assert.Equal(bundle.ServerKey.Fingerprint, (await a.Api("").ServerKeyAsync()).Fingerprint);
            Assert.True((await presidiumOnB.VerifyAuditAsync()).Intact);
        }
        finally
        {
            foreach (var tablet in tablets) await tablet.DisposeAsync();
        }
    }

    /// <summary>Asks again as the other server's feed and key exchange take in what happened.</summary>
    private static Task Until(Func<bool> probe) => Hall.PostgresFailoverTests.UntilAsync(() => Task.FromResult(probe()));
}
