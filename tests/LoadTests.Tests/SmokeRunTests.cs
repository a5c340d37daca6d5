using PeoplesCongress.TestSupport;

namespace PeoplesCongress.LoadTests.Tests;

/// <summary>
/// The load generator at a small size, inside the normal test suite, so that it cannot rot: every scenario against
/// a real server (Kestrel on 127.0.0.1, SQLite in a temp folder) with 200 tablets, as `dotnet run --project loadtests
/// -- all --tablets 200` would run it. The figures are not judged here; correctness is.
/// </summary>
public sealed class SmokeRunTests
{
    private const int Tablets = 200;

    [Fact]
    public async Task Every_scenario_runs_with_200_tablets_and_counts_every_ballot_exactly()
    {
        var results = Path.Combine(Artifacts.Folder("load-smoke"), Guid.NewGuid().ToString("N"));
        var options = LoadOptions.Parse(["all", "--tablets", $"{Tablets}", "--time-limit", "120", "--results", results]);

        var exitCode = await LoadRun.RunAsync(options).WaitAsync(TimeSpan.FromMinutes(5));

        var run = ReportFiles.Read(Directory.GetFiles(results, "*-all-200.json").Single());
        Assert.Equal(Scenario.Names, run.Scenarios.Select(s => s.Name));
        Assert.All(run.Scenarios, scenario =>
        {
            Assert.All(scenario.Checks, check => Assert.True(check.Passed, $"{scenario.Name}: {check.What} ({check.Detail})"));
            Assert.All(scenario.Connects, connect => Assert.Equal(Tablets, connect.Connected));
            // The reconnect storm drops connections with casts in flight on purpose; the report marks those as expected.
            Assert.All(scenario.Errors.Keys, error => Assert.Contains("(expected)", error));
        });
        var ballots = run.Scenarios.SelectMany(s => s.Ballots).ToList();
        Assert.Equal(8, ballots.Count); // 票决, 满意度测评, the reconnect storm's, and the full sitting's five
        Assert.All(ballots, ballot =>
        {
            Assert.Equal(Tablets, ballot.Tally.Acknowledged);
            Assert.Equal(Tablets, ballot.Tally.Returned);
            Assert.True(ballot.Tally.Exact, $"{ballot.Kind}: {string.Join("; ", ballot.Tally.CountDifferences)}");
        });
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(results, "latest.md")));
    }
}
