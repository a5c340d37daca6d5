using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Sealing;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>
/// The issue's probe, run against the sealed box: a copy of the data folder (database, WAL, shared memory) taken
/// after every commit of a 40-deputy secret ballot, by someone who knows every deputy's id but holds no scrutineer's
/// card, gives no deputy → choice pair; and after the count nothing left on disk opens an earlier copy's box.
/// (SecrecyTests covers what lies on disk after the count.)
/// </summary>
public sealed class SealedBoxSecrecyTests
{
    private const int Deputies = 40;

    [Fact]
    public async Task ACopyTakenAfterEveryCastLinksNoDeputyToAChoiceAndAfterTheCountNoCopyOpens()
    {
        await using var venue = await TestVenue.StartAsync();
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, Deputies);
        var deputies = sitting.Codes.OrderBy(c => c.Key).ToList();
        var tablets = new List<VenueConnection>();
        foreach (var (_, code) in deputies) tablets.Add(await venue.SignInAsync(code));
        var ballot = sitting.Ballot.Id;
        await sitting.Presidium.OpenBallotAsync(ballot);

        // Every deputy marks two or three projects (encodings long enough not to turn up by chance in other bytes).
        var ids = sitting.Ballot.Items.Select(p => p.Id).ToArray();
        var kinds = DiskProbe.Subsets(ids).Where(s => s.Length is 2 or 3).ToList();
        var choices = Enumerable.Range(0, Deputies).Select(i => kinds[i * 7 % kinds.Count]).ToList();
        var encoded = choices.Select(c => BoxChoices.Encode(c)).ToList();
        var copies = Directory.CreateTempSubdirectory("pc-probe-").FullName;
        var snapshots = new List<Snapshot>();
        var trackingCodes = new List<string>();
        try
        {
            for (var i = 0; i < Deputies; i++)
            {
                var receipt = await tablets[i].CastAsync(new CastRequest(ballot, choices[i], VenueConnection.NewCastId()));
                Assert.False(receipt.Duplicate);
                Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", receipt.TrackingCode);
                trackingCodes.Add(receipt.TrackingCode!);
                var copy = CopyDataFolder(venue, Path.Combine(copies, $"{i:00}"));
                snapshots.Add(Probe(copy, ballot, encoded));
            }

            // After every commit: exactly one more deputy has voted and one more row lies in the box, so the probe can
            // pair that deputy with that row; but the row holds nothing readable: all rows have one size, none is plain,
            // and none of the choices' bytes lies anywhere in the copied files.
            for (var i = 0; i < Deputies; i++)
            {
                var now = snapshots[i];
                var before = i == 0 ? Snapshot.Empty : snapshots[i - 1];
                Assert.Equal(i + 1, now.Voted.Count);
                var newVoter = Assert.Single(now.Voted.Except(before.Voted));
                Assert.Equal(PreparedSitting.Number(i), now.Numbers[newVoter]);
                var newRow = Assert.Single(now.Rows.Keys.Except(before.Rows.Keys));
                Assert.All(now.Rows.Values, row => Assert.Equal(now.Rows[newRow].Length, row.Length));
                Assert.Equal(0, now.PlainRows);
                Assert.Empty(now.ChoicesFound);
            }
            // Nor does a row open with any private key in the copy (the server's signing key, the venue CA's and the TLS
            // server's keys), taken as the box key; nor does a wrap open with one of them taken as a scrutineer's key.
            var last = snapshots[^1];
            var keysDuring = PrivateKeys(Path.Combine(copies, $"{Deputies - 1:00}"));
            Assert.NotEmpty(keysDuring);
            AssertNothingOpens(keysDuring, last.Rows, ballot);
            Assert.NotEmpty(last.Wraps);
            Assert.All(keysDuring, key => Assert.All(last.Wraps, wrap => Assert.ThrowsAny<CryptographicException>(() =>
                BoxKeyWrapping.Unwrap(key, wrap.EphemeralKey, wrap.Wrapped, ballot, wrap.CredentialId))));

            // The count: every ballot counted, the box published plain, the wraps of its key gone, the WAL emptied.
            var result = await sitting.Presidium.CloseBallotAsync(ballot);
            Assert.Equal((Deputies, Deputies), (result.Returned, result.Valid));
            var expected = ids.ToDictionary(id => id, id => (int?)choices.Count(c => c.Contains(id)));
            Assert.Equal(expected, result.Items.ToDictionary(i => i.ItemId, i => i.Votes));
            Assert.Equal(0, new FileInfo(venue.DatabasePath + "-wal").Length);
            var after = Probe(CopyDataFolder(venue, Path.Combine(copies, "after")), ballot, []);
            // Every counted ballot's tracking code is listed for the publication, sorted, and kept through the count's rewrite.
            await using (var db = new SqliteConnection($"Data Source={Path.Combine(copies, "after", "venue.db")};Pooling=False"))
            {
                await db.OpenAsync();
                Assert.Equal(trackingCodes.Order(StringComparer.Ordinal), TrackingCodes.Counted(db, ballot));
            }
            Assert.Empty(after.Wraps);
            Assert.Empty(after.Rows);
            Assert.Equal(Deputies, after.PlainRows);
            // The published box's rows lie under fresh keys: none of the keys the probe paired with a deputy is left.
            Assert.Empty(after.AllBoxKeys.Intersect(last.Rows.Keys));
            // Nor are the sealed rows' bytes left in the files: their cells were zeroed (secure_delete), the WAL emptied.
            var afterFiles = Directory.GetFiles(Path.Combine(copies, "after"), "venue.db*").Select(File.ReadAllBytes).ToList();
            Assert.All(snapshots.SelectMany(s => s.Rows.Values), row =>
                Assert.All(afterFiles, file => Assert.Empty(DiskProbe.Occurrences(file, row[^32..]))));

            // What is left on disk after the count opens no earlier copy's box: no wrap, no box key, and no private key in
            // the data folder opens a sealed row of any earlier copy.
            AssertNothingOpens(PrivateKeys(Path.Combine(copies, "after")), snapshots.SelectMany(s => s.Rows), ballot);
        }
        finally
        {
            await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
            Directory.Delete(copies, recursive: true);
        }
    }

    private sealed record Wrap(int CredentialId, byte[] EphemeralKey, byte[] Wrapped);

    private sealed record RowKey(byte[] Bytes)
    {
        public bool Equals(RowKey? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes);
        public override int GetHashCode() => Convert.ToHexString(Bytes).GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>What the probe reads in one copy: who has voted, the box's sealed rows by key, plain rows, wraps, choices seen in the bytes.</summary>
    private sealed record Snapshot(
        HashSet<int> Voted, Dictionary<int, string> Numbers, Dictionary<RowKey, byte[]> Rows, int PlainRows, List<RowKey> AllBoxKeys,
        List<Wrap> Wraps, List<string> ChoicesFound)
    {
        public static readonly Snapshot Empty = new([], [], [], 0, [], [], []);
    }

    /// <summary>The whole data folder as someone with the machine's disk would copy it: database, WAL, shared memory, keys, certificates.</summary>
    private static string CopyDataFolder(TestVenue venue, string target)
    {
        foreach (var file in Directory.GetFiles(venue.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(venue.DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    private static Snapshot Probe(string copy, int ballot, IReadOnlyList<string> encoded)
    {
        // The raw bytes first (database and WAL as copied), then the database as SQLite reads it (the WAL applied).
        var bytes = Directory.GetFiles(copy, "venue.db*").Select(File.ReadAllBytes).ToList();
        var found = encoded.Distinct().Where(e => bytes.Any(b => DiskProbe.Occurrences(b, Encoding.UTF8.GetBytes(e)).Count > 0)).ToList();
        using var db = new SqliteConnection($"Data Source={Path.Combine(copy, "venue.db")};Pooling=False");
        db.Open();
        var voted = Query(db, "SELECT DeputyId FROM Issuances WHERE BallotId = $b AND CastId IS NOT NULL", ballot, r => r.GetInt32(0)).ToHashSet();
        var numbers = Query(db, "SELECT Id, Number FROM Deputies", ballot, r => (r.GetInt32(0), r.GetString(1))).ToDictionary();
        var rows = Query(db, "SELECT BoxKey, Sealed FROM BallotBox WHERE BallotId = $b AND Sealed IS NOT NULL", ballot,
            r => (new RowKey((byte[])r.GetValue(0)), (byte[])r.GetValue(1))).ToDictionary();
        var plain = Query(db, "SELECT COUNT(*) FROM BallotBox WHERE BallotId = $b AND Choices IS NOT NULL", ballot, r => r.GetInt32(0)).Single();
        var keys = Query(db, "SELECT BoxKey FROM BallotBox WHERE BallotId = $b", ballot, r => new RowKey((byte[])r.GetValue(0)));
        var wraps = Query(db, "SELECT CredentialId, EphemeralKey, Wrapped FROM BoxKeyWraps WHERE BallotId = $b", ballot,
            r => new Wrap(r.GetInt32(0), (byte[])r.GetValue(1), (byte[])r.GetValue(2)));
        return new Snapshot(voted, numbers, rows, plain, keys, wraps, found);
    }

    /// <summary>Every elliptic-curve private key in PEM files of a copied data folder, as a key-agreement key.</summary>
    private static List<ECDiffieHellman> PrivateKeys(string copy)
    {
        var keys = new List<ECDiffieHellman>();
        foreach (var file in Directory.GetFiles(copy, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("PRIVATE KEY-----", StringComparison.Ordinal)) continue;
            using var probe = ECDsa.Create();
            try
            {
                probe.ImportFromPem(text);
            }
            catch (Exception ex) when (ex is CryptographicException or ArgumentException)
            {
                continue; // not an elliptic-curve key (the venue CA's and the TLS server's may be RSA)
            }
            var key = ECDiffieHellman.Create();
            key.ImportParameters(probe.ExportParameters(includePrivateParameters: true));
            keys.Add(key);
        }
        return keys;
    }

    private static void AssertNothingOpens(List<ECDiffieHellman> keys, IEnumerable<KeyValuePair<RowKey, byte[]>> rows, int ballot)
    {
        var all = rows.ToList();
        Assert.All(keys, key => Assert.All(all, row =>
            Assert.ThrowsAny<CryptographicException>(() => SealedChoices.Open(key, row.Value, ballot, row.Key.Bytes))));
    }

    private static List<T> Query<T>(SqliteConnection db, string sql, int ballot, Func<SqliteDataReader, T> read)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$b", ballot);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }
}
