using System.Runtime.Versioning;
using System.Text;
using Npgsql;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.Verifier;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>A whole small sitting with the store on a real PostgreSQL: the same figures and bundle as on SQLite.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class PostgresSittingTests
{
    [Fact]
    public async Task ASecretBallotAndAMotionAreCastCountedSignedAndPublishedAndTheBundlePassesTheVerifier()
    {
        await using var services = await LocalServices.StartAsync();
        await using var venue = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 12);
        var setup = sitting.Setup;
        var second = await setup.Secretariat.AddCountingStaffAsync(setup.SittingId, new("杨春梅", CountingRole.Scrutineer));

        var ballot = setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 12; d++) await sitting.MarkAsync(d, ballot, d switch { < 6 => [0, 1], < 9 => [1, 2], < 11 => [3], _ => [] });
        var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
        Assert.Equal((12, 12, 12), (result.Issued, result.Returned, result.CurrentDeputies));
        Assert.Equal([6, 9, 3, 2, 0], result.Items.Select(i => i.Votes ?? -1));
        await venue.Api(setup.ChiefCode).SignCountRecordAsync(ballot.Id);
        await venue.Api(second.Credential!.Code).SignCountRecordAsync(ballot.Id);
        var notice = await setup.Secretariat.PublishAsync(ballot.Id);
        var text = Encoding.UTF8.GetString(await venue.Api("").DownloadAsync(notice.BundleUrl));
        var bundle = BundleFile.Parse(text);
        Assert.Empty(BundleVerifier.Verify(bundle, bundle.ServerKey.Fingerprint).FailedCodes);
        Assert.Equal(12, bundle.Box.Count);
        Assert.Equal(12, bundle.TrackingCodes.Count);

        var motion = await sitting.OpenAsync(new("关于一项决定", Kind: BallotKind.Motion));
        for (var d = 0; d < 12; d++) await sitting.ChooseAsync(d, motion, (0, d < 8 ? "for" : d < 11 ? "against" : "abstain"));
        var counted = await sitting.Presidium.CloseBallotAsync(motion.Id);
        Assert.Equal([8, 3, 1], counted.Items[0].Counts.Select(c => c.Count));
        Assert.True(counted.Passed);
        await venue.Api(setup.ChiefCode).SignCountRecordAsync(motion.Id);
        await venue.Api(second.Credential!.Code).SignCountRecordAsync(motion.Id);
        var published = await setup.Secretariat.PublishAsync(motion.Id);
        var motionBundle = BundleFile.Parse(Encoding.UTF8.GetString(await venue.Api("").DownloadAsync(published.BundleUrl)));
        Assert.Empty(BundleVerifier.Verify(motionBundle, bundle.ServerKey.Fingerprint).FailedCodes);
        Assert.True((await setup.Presidium.VerifyAuditAsync()).Intact);

        // The rows are in PostgreSQL, not in a SQLite file.
        Assert.False(File.Exists(venue.DatabasePath));
        await using var connection = new NpgsqlConnection(services.PostgresConnection);
        await connection.OpenAsync();
        Assert.Equal(12 + 12, connection.Scalar<long>("SELECT COUNT(*) FROM \"Issuances\" WHERE \"CastId\" IS NOT NULL"));
        Assert.Equal(12 + 12, connection.Scalar<long>("SELECT COUNT(*) FROM \"BallotBox\" WHERE \"Choices\" IS NOT NULL"));
    }

    [Fact]
    public async Task AServerWhosePostgresSessionsCommitWithoutWaitingForTheDiskRefusesToStart()
    {
        await using var services = await LocalServices.StartAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestVenue.StartAsync(
            "--Data:Provider=postgres", $"--Data:PostgresConnection={services.PostgresConnection};Options=-c synchronous_commit=off"));
        Assert.Contains("synchronous_commit", refused.Message);
        await using var db = new NpgsqlConnection(services.PostgresConnection);
        await db.OpenAsync();
        Assert.Equal(0, db.Scalar<long>("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'Ballots'"));

        var unknown = await Assert.ThrowsAsync<InvalidOperationException>(() => TestVenue.StartAsync("--Data:Provider=mysql"));
        Assert.Contains("Data:Provider", unknown.Message);
    }
}
