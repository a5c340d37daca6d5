using System.Text;
using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

public sealed class SecrecyTests
{
    [Fact]
    public async Task NothingOnDiskLinksADeputyToAChoice()
    {
        await using var venue = await TestVenue.StartAsync();
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 12);
        var deputies = sitting.Codes.OrderBy(c => c.Key).ToList();
        var tablets = new List<VenueConnection>();
        foreach (var (_, code) in deputies) tablets.Add(await venue.SignInAsync(code));
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);

        // Twelve different choices of one or two projects, cast one at a time in a known order, each its own commit.
        // (No project reaches a majority of 12, so no list of adopted ids in the stored result looks like a choice.)
        // The deputies cast in an order that is not the roster's, so that rows kept in roster order tell nothing either.
        var ids = sitting.Ballot.Items.Select(p => p.Id).ToArray();
        var choices = Subsets(ids).Where(s => s.Length is 1 or 2).Take(12).ToList();
        var castIds = new List<string>();
        for (var i = 0; i < tablets.Count; i++)
        {
            castIds.Add(VenueConnection.NewCastId());
            await tablets[CastingOrder[i]].CastAsync(new CastRequest(sitting.Ballot.Id, choices[i], castIds[i]));
        }
        await sitting.Presidium.CloseBallotAsync(sitting.Ballot.Id);
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));

        Assert.Equal(0, new FileInfo(venue.DatabasePath + "-wal").Length);
        AssertBoxHasNoIdentity(venue.DatabasePath);
        AssertIssuanceHasNoChoiceOrTime(venue.DatabasePath);

        // Each choice lies in the file once, and the order the rows lie in follows neither the casting nor its reverse.
        var file = await File.ReadAllBytesAsync(venue.DatabasePath);
        var encoded = choices.Select(BoxChoices.Encode).ToList();
        Assert.All(encoded, e => Assert.Single(Occurrences(file, Encoding.UTF8.GetBytes(e))));
        var order = encoded.Select((e, i) => (Offset: Occurrences(file, Encoding.UTF8.GetBytes(e))[0], Cast: i))
            .OrderBy(x => x.Offset).Select(x => x.Cast).ToList();
        Assert.NotEqual(Enumerable.Range(0, 12), order);
        Assert.NotEqual(Enumerable.Range(0, 12).Reverse(), order);

        // Nor do the issuance rows ("has voted", with each tablet's cast id) lie in the order of casting.
        var issued = castIds.Select(c => Assert.Single(Occurrences(file, Encoding.UTF8.GetBytes(c)))).ToList();
        var issuanceOrder = issued.Select((offset, cast) => (offset, cast)).OrderBy(x => x.offset).Select(x => x.cast).ToList();
        Assert.InRange(RankCorrelation(issuanceOrder), -0.3, 0.3);

        await venue.StopAsync();
        var log = string.Concat(Directory.GetFiles(venue.LogDirectory).Select(File.ReadAllText));
        Assert.NotEmpty(log);
        Assert.All(deputies, d =>
        {
            Assert.DoesNotContain(d.Key, log);
            Assert.DoesNotContain(d.Value, log);
        });
        Assert.All(encoded, e => Assert.DoesNotContain(e, log));
    }

    /// <summary>A fixed order of the twelve deputies with no trend: its rank correlation with the roster is small.</summary>
    private static readonly int[] CastingOrder = [7, 2, 10, 0, 5, 11, 3, 8, 1, 6, 9, 4];

    /// <summary>Spearman's rank correlation of a permutation with 0, 1, 2, …: +1 in order, −1 reversed.</summary>
    private static double RankCorrelation(IReadOnlyList<int> order)
    {
        var n = order.Count;
        var squares = order.Select((value, position) => Math.Pow(value - position, 2)).Sum();
        return 1 - 6 * squares / (n * (Math.Pow(n, 2) - 1));
    }

    private static void AssertBoxHasNoIdentity(string database)
    {
        using var connection = Open(database);
        Assert.Equal(["BallotId", "BoxKey", "Choices", "Sealed"], Columns(connection, "BallotBox"));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE name = 'BallotBox'";
        Assert.Contains("WITHOUT ROWID", (string)command.ExecuteScalar()!);
    }

    private static void AssertIssuanceHasNoChoiceOrTime(string database)
    {
        using var connection = Open(database);
        Assert.Equal(["BallotId", "DeputyId", "CastId", "TrackingCode"], Columns(connection, "Issuances"));
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static IEnumerable<int[]> Subsets(int[] ids) =>
        Enumerable.Range(1, (1 << ids.Length) - 1).Select(mask => ids.Where((_, i) => (mask & (1 << i)) != 0).ToArray());

    private static List<int> Occurrences(byte[] haystack, byte[] needle)
    {
        var found = new List<int>();
        for (var at = 0; at <= haystack.Length - needle.Length;)
        {
            var next = haystack.AsSpan(at).IndexOf(needle);
            if (next < 0) break;
            found.Add(at + next);
            at += next + 1;
        }
        return found;
    }
}
