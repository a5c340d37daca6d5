using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Demo;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;
using Xunit.Abstractions;

namespace PeoplesCongress.VotingServer.Tests.Suggestions;

/// <summary>
/// The figures of a term the size of 商州's (1,177 deputies in 74 stations) with 300 suggestions and a year of handling
/// behind them, as the API computes them through src/Tally, against a count made directly in SQL on the database file:
/// overall, per department and per station.
/// </summary>
public sealed class GeneratedTermFiguresTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestVenue venue = null!;

    public async Task InitializeAsync() => venue = await TestVenue.StartAsync();

    public async Task DisposeAsync() => await venue.DisposeAsync();

    [Fact]
    public async Task FiguresOfATermOf1177DeputiesIn74StationsWith300SuggestionsMatchADirectCount()
    {
        var now = DateTimeOffset.UtcNow;
        var today = ChinaTime.Date(now);
        var termId = await GeneratedTerm.WriteAsync(venue.Service<GroupCommitWriter>(), "商州区第十八届人民代表大会", new(), today, now);
        var secretariat = venue.Api(venue.BootstrapCode!);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var figures = await secretariat.SuggestionFiguresAsync(termId, today);
        output.WriteLine($"figures of 300 suggestions, first request: {started.ElapsedMilliseconds} ms");

        var direct = await DirectCountAsync(termId, today);
        Assert.Equal(direct[("overall", "")], Counts(figures.Overall));
        // Every department and every station has its line, a station none of whose deputies made a suggestion too.
        Assert.Equal(20, figures.ByDepartment.Count);
        foreach (var department in figures.ByDepartment) Assert.Equal(direct.GetValueOrDefault(("department", department.Name), None), Counts(department.Figures));
        Assert.Equal(74, figures.ByStation.Count);
        foreach (var station in figures.ByStation) Assert.Equal(direct.GetValueOrDefault(("station", station.Name), None), Counts(station.Figures));
        Assert.Equal(figures.Overall.Total, figures.ByStation.Sum(s => s.Figures.Total));
        Assert.Equal(figures.Overall.Assigned, figures.ByDepartment.Sum(s => s.Figures.Assigned));
        Assert.Equal(figures.Overall.Overdue, figures.Overdue.Count);
        Assert.Equal(figures.Overall.Rehandled, figures.Rehandled.Count);
        // The year the generator made has every case: late answers, open rounds past due, re-handling, all three classes.
        Assert.True(figures.Overall.AnsweredOnTime < figures.Overall.Due && figures.Overdue.Count > 0 && figures.Rehandled.Count > 0);
        Assert.True(figures.Overall is { ClassA: > 0, ClassB: > 0, ClassC: > 0, Dissatisfied: > 0 });
        Assert.Equal(direct[("overall", "")].Rated > 0 ? Percent(figures.Overall.Satisfied, figures.Overall.Rated) : "0.00", figures.Overall.SatisfiedRate.Percent);
    }

    private static string Percent(int part, int whole) =>
        (Math.Round(part * 10_000m / whole, MidpointRounding.AwayFromZero) / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Count(
        int Total, int Assigned, int Due, int OnTime, int Answered, int A, int B, int C, int Rated, int Satisfied, int Basically,
        int Dissatisfied, int Overdue, int Rehandled);

    private static readonly Count None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static Count Counts(SuggestionFiguresView f) => new(
        f.Total, f.Assigned, f.Due, f.AnsweredOnTime, f.Answered, f.ClassA, f.ClassB, f.ClassC, f.Rated, f.Satisfied, f.BasicallySatisfied,
        f.Dissatisfied, f.Overdue, f.Rehandled);

    /// <summary>Each suggestion's first round, current answer and rating, open-and-late last round, and second round, counted by SQL.</summary>
    private async Task<Dictionary<(string Group, string Name), Count>> DirectCountAsync(int termId, DateOnly today)
    {
        const string PerSuggestion =
            """
            WITH s AS (
              SELECT g."Id", d."Name" AS department, st."Name" AS station, r1."SuggestionId" IS NOT NULL AS assigned,
                r1."DueOn" AS due1, r1."AnsweredOn" AS answered1,
                (SELECT r."AnswerClass" FROM "SuggestionRounds" r WHERE r."SuggestionId" = g."Id" AND r."AnsweredOn" IS NOT NULL ORDER BY r."Round" DESC LIMIT 1) AS class,
                (SELECT r."Rating" FROM "SuggestionRounds" r WHERE r."SuggestionId" = g."Id" AND r."Rating" IS NOT NULL ORDER BY r."Round" DESC LIMIT 1) AS rating,
                COALESCE((SELECT r."AnsweredOn" IS NULL AND r."DueOn" < @today FROM "SuggestionRounds" r WHERE r."SuggestionId" = g."Id" ORDER BY r."Round" DESC LIMIT 1), 0) AS overdue,
                EXISTS (SELECT 1 FROM "SuggestionRounds" r WHERE r."SuggestionId" = g."Id" AND r."Round" = 2) AS rehandled
              FROM "Suggestions" g
              LEFT JOIN "SuggestionRounds" r1 ON r1."SuggestionId" = g."Id" AND r1."Round" = 1
              LEFT JOIN "Departments" d ON d."Id" = g."LeadDepartmentId"
              LEFT JOIN "Stations" st ON st."Id" = g."StationId"
              WHERE g."TermId" = @term)
            """;
        // Every comparison with a missing value is 0, never NULL: a group with no rating at all still sums to 0.
        const string Sums =
            """
            COUNT(*), SUM(assigned), SUM(assigned AND (answered1 IS NOT NULL OR due1 < @today)), SUM(IFNULL(answered1 <= due1, 0)),
            SUM(class IS NOT NULL), SUM(IFNULL(class = 'A', 0)), SUM(IFNULL(class = 'B', 0)), SUM(IFNULL(class = 'C', 0)), SUM(rating IS NOT NULL),
            SUM(IFNULL(rating = 'satisfied', 0)), SUM(IFNULL(rating = 'basically-satisfied', 0)), SUM(IFNULL(rating = 'dissatisfied', 0)),
            SUM(IFNULL(overdue, 0)), SUM(rehandled)
            """;
        await using var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var counts = new Dictionary<(string, string), Count>();
        foreach (var (group, key) in new[] { ("overall", "''"), ("department", "department"), ("station", "station") })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"{PerSuggestion} SELECT {key}, {Sums} FROM s" + (group == "overall" ? "" : $" WHERE {key} IS NOT NULL GROUP BY {key}");
            command.Parameters.AddWithValue("@term", termId);
            command.Parameters.AddWithValue("@today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var n = Enumerable.Range(1, 14).Select(reader.GetInt32).ToArray();
                counts[(group, reader.GetString(0))] = new(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12], n[13]);
            }
        }
        return counts;
    }
}
