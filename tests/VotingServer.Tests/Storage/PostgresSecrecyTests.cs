using System.Runtime.Versioning;
using System.Text;
using Npgsql;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tests.Ballots;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>
/// The sealed box on PostgreSQL (as Ballots/SealedBoxSecrecyTests on SQLite): while a secret ballot is open no choice
/// lies anywhere in the cluster's files (tables, WAL, everything under its folder, read as root); after the count the
/// box's sealed rows and the wraps of its key are no longer in any table file (the count's VACUUM FULL rewrote them).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class PostgresSecrecyTests
{
    private const int Deputies = 20;

    [Fact]
    public async Task WhileOpenNoChoiceLiesInTheClusterAndAfterTheCountNoSealedRowOrWrapIsLeftInATableFile()
    {
        await using var services = await LocalServices.StartAsync();
        await using var venue = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, Deputies);
        // Item ids past 100, so that every choice's encoding ("[101,103,105]") is long enough not to turn up by chance.
        var ballot = sitting.Ballot;
        while (ballot.Items[0].Id < 100) ballot = await sitting.Secretariat.CreateBallotAsync(sitting.SittingId, PreparedSitting.FiveChooseThree);
        var tablets = new List<VenueConnection>();
        try
        {
            foreach (var (_, code) in sitting.Codes.OrderBy(c => c.Key)) tablets.Add(await venue.SignInAsync(code));
            await sitting.Presidium.OpenBallotAsync(ballot.Id);
            var ids = ballot.Items.Select(i => i.Id).ToArray();
            var kinds = DiskProbe.Subsets(ids).Where(s => s.Length == 3).ToList();
            var choices = Enumerable.Range(0, Deputies).Select(i => kinds[i % kinds.Count]).ToList();
            for (var i = 0; i < Deputies; i++)
                Assert.False((await tablets[i].CastAsync(new CastRequest(ballot.Id, choices[i], VenueConnection.NewCastId()))).Duplicate);

            var encoded = choices.Select(c => Encoding.UTF8.GetBytes(BoxChoices.Encode(c))).DistinctBy(Convert.ToHexString).ToList();
            var cluster = Path.Combine(services.Folder, "pg");
            Assert.All(encoded, choice => Assert.Empty(FilesHolding(cluster, choice)));

            await using var db = new NpgsqlConnection(services.PostgresConnection);
            await db.OpenAsync();
            var sealedRows = db.Query("SELECT \"Sealed\" FROM \"BallotBox\" WHERE \"BallotId\" = @b", r => (byte[])r.GetValue(0), ("@b", ballot.Id));
            Assert.Equal(Deputies, sealedRows.Count);
            Assert.Single(sealedRows.Select(r => r.Length).Distinct());
            Assert.Equal(0, db.Scalar<long>("SELECT COUNT(*) FROM \"BallotBox\" WHERE \"Choices\" IS NOT NULL"));
            var wraps = db.Query("SELECT \"Wrapped\" FROM \"BoxKeyWraps\" WHERE \"BallotId\" = @b", r => (byte[])r.GetValue(0), ("@b", ballot.Id));
            Assert.NotEmpty(wraps);
            // The probe can fail: the sealed rows and the wraps are in the table files now.
            var tables = Path.Combine(cluster, "base");
            await Checkpoint(services);
            Assert.NotEmpty(FilesHolding(tables, sealedRows[0][^32..]));

            var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
            Assert.Equal((Deputies, Deputies), (result.Issued, result.Returned));
            Assert.Equal(Deputies, db.Scalar<long>("SELECT COUNT(*) FROM \"BallotBox\" WHERE \"Choices\" IS NOT NULL"));
            Assert.Equal(0, db.Scalar<long>("SELECT COUNT(*) FROM \"BoxKeyWraps\""));
            await Checkpoint(services);
            Assert.All(sealedRows, row => Assert.Empty(FilesHolding(tables, row[^32..])));
            Assert.All(wraps, wrap => Assert.Empty(FilesHolding(tables, wrap[^32..])));
            // The probe finds what is there: the box as published holds the choices plainly, in the table files.
            Assert.All(encoded, choice => Assert.NotEmpty(FilesHolding(tables, choice)));
        }
        finally
        {
            foreach (var tablet in tablets) await tablet.DisposeAsync();
        }
    }

    /// <summary>Writes every dirty page to the table files, so the probe reads what a copy of the disk would hold.</summary>
    private static async Task Checkpoint(LocalServices services)
    {
        // The venue's role may not run CHECKPOINT; the cluster's superuser (the test runs as root) asks on the socket.
        await Programs.RunAsync("su", "postgres", "-c",
            $"psql -X -h {Path.Combine(services.Folder, "pg-socket")} -p {services.PostgresValues()["Port"]} -d postgres -qAtc CHECKPOINT");
    }

    private static List<string> FilesHolding(string folder, byte[] needle) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(file => DiskProbe.Occurrences(ReadShared(file), needle).Count > 0)];

    private static byte[] ReadShared(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }
}
