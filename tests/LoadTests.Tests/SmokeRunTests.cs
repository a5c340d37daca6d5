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

    /// <summary>
    /// Two sizes in one run, 30 and 60 tablets, servers and bare path in processes of their own: one report with both
    /// runs, the bare path's connect and burst beside each, and the scaling table's rows with their ratios.
    /// </summary>
    [Fact]
    public async Task Two_sizes_give_one_report_with_a_scaling_row_per_size_against_the_bare_path()
    {
        var results = Path.Combine(Artifacts.Folder("load-smoke"), Guid.NewGuid().ToString("N"));
        var options = LoadOptions.Parse(["ballot-burst", "--tablets", "30,60", "--time-limit", "120", "--results", results]);

        var exitCode = await LoadRun.RunAsync(options).WaitAsync(TimeSpan.FromMinutes(4));

        var run = ReportFiles.Read(Directory.GetFiles(results, "*-ballot-burst-scaling-30-60.json").Single());
        Assert.Equal([30, 60], run.Scenarios.Select(s => s.Tablets));
        Assert.All(run.Scenarios, scenario =>
        {
            Assert.All(scenario.Checks, check => Assert.True(check.Passed, $"{scenario.Tablets}: {check.What} ({check.Detail})"));
            var bare = scenario.Baseline!;
            Assert.Equal(scenario.Tablets, bare.Connect.Connected);
            Assert.Equal(scenario.Tablets, Assert.Single(bare.Bursts).Burst.Acked);
            Assert.NotNull(bare.RssRatio);
            Assert.Contains(scenario.Targets, t => t.Target.StartsWith("burst throughput ≥ 0.9× the bare path's", StringComparison.Ordinal));
        });
        Assert.Equal([30, 60], run.Scaling!.Select(r => r.Tablets));
        Assert.All(run.Scaling!, row => Assert.True(row.SignInCpuMsPerTablet > 0 && row.RssKiBPerTablet > 0 && row.LowestThroughputRatio > 0));
        Assert.Equal(0, exitCode);
    }

    /// <summary>
    /// Two servers on one SQLite file, 40 tablets spread over both, the first killed with SIGKILL when a third of its
    /// tablets' casts are acknowledged: every tablet it had moves to the second, and the ballot counts every
    /// acknowledged cast once.
    /// </summary>
    [Fact]
    public async Task Failover_over_two_servers_moves_every_tablet_and_loses_no_acknowledged_ballot()
    {
        const int tablets = 40;
        var results = Path.Combine(Artifacts.Folder("load-smoke"), Guid.NewGuid().ToString("N"));
        var options = LoadOptions.Parse(
            ["failover", "--servers", "2", "--tablets", $"{tablets}", "--kill-at", "0.33", "--time-limit", "120", "--results", results]);

        var exitCode = await LoadRun.RunAsync(options).WaitAsync(TimeSpan.FromMinutes(5));

        var scenario = Assert.Single(ReportFiles.Read(Directory.GetFiles(results, $"*-failover-{tablets}.json").Single()).Scenarios);
        Assert.All(scenario.Checks, check => Assert.True(check.Passed, $"{check.What} ({check.Detail})"));
        var failover = scenario.Failover!;
        Assert.True(failover.TabletsOnKilled > 0);
        Assert.Equal(failover.TabletsOnKilled, failover.Moved);
        Assert.Equal(failover.TabletsOnKilled, failover.Switch.Count);
        Assert.Equal((tablets, tablets, 0, 0), (failover.Acked, failover.Counted, failover.Lost, failover.Doubled));
        Assert.Equal(2, scenario.PerServer!.Count);
        Assert.Equal(tablets, scenario.PerServer.Sum(s => s.Acked));
        Assert.Equal(failover.TabletsOnKilled, scenario.PerServer[1].MovedIn);
        // A hall's tablets count the attendance pushes they receive, as single-server tablets do.
        Assert.True(scenario.AttendancePushesReceived > 0, $"{scenario.AttendancePushesReceived} attendance pushes");
        Assert.Equal(0, exitCode);
    }

    /// <summary>
    /// Two servers started at once on one PostgreSQL and one Redis that the tool starts itself (scripts/services.sh),
    /// 40 tablets spread over both and held by two generator processes (20 each, as 20,000 are held by two): every
    /// cast acknowledged and counted once, both servers' share in the report with the worker's tablets merged in, and
    /// the services' temp folder gone afterwards.
    /// </summary>
    [Fact]
    public async Task A_ballot_burst_over_two_servers_on_postgresql_counts_every_ballot_once()
    {
        const int tablets = 40;
        var results = Path.Combine(Artifacts.Folder("load-smoke"), Guid.NewGuid().ToString("N"));
        var before = Directory.GetDirectories("/tmp", "pc-load-pg-*").ToHashSet();
        var options = LoadOptions.Parse(
            ["ballot-burst", "--servers", "2", "--store", "postgres", "--tablets", $"{tablets}", "--per-process", $"{tablets / 2}",
             "--no-baseline", "--time-limit", "120", "--results", results]);

        var exitCode = await LoadRun.RunAsync(options).WaitAsync(TimeSpan.FromMinutes(4));

        var scenario = Assert.Single(ReportFiles.Read(Directory.GetFiles(results, $"*-ballot-burst-{tablets}.json").Single()).Scenarios);
        Assert.Equal("postgres", scenario.Store);
        Assert.All(scenario.Checks, check => Assert.True(check.Passed, $"{check.What} ({check.Detail})"));
        var tally = Assert.Single(scenario.Ballots).Tally;
        Assert.Equal((tablets, tablets, 0, 0), (tally.Acknowledged, tally.Returned, tally.Lost, tally.Doubled));
        Assert.Equal(2, scenario.PerServer!.Count);
        Assert.All(scenario.PerServer, server => Assert.Equal(tablets / 2, server.SignedIn));
        Assert.Equal(tablets, scenario.PerServer.Sum(s => s.Acked));
        Assert.Equal(tablets, scenario.PerServer.Sum(s => s.Latency.Count));
        var burst = Assert.Single(Assert.Single(scenario.Ballots).Bursts);
        Assert.Equal((tablets, tablets, (long)tablets), (burst.Sent, burst.Acked, burst.Latency.Count));
        Assert.Equal(tablets, Assert.Single(scenario.Connects).Latency.Count);
        Assert.Contains(scenario.Notes, note => note.StartsWith("The tablets were held by 2 generator processes", StringComparison.Ordinal));
        Assert.Contains(scenario.Notes, note => note.StartsWith("generator worker (process ", StringComparison.Ordinal));
        Assert.Empty(scenario.Errors);
        Assert.DoesNotContain(Directory.GetDirectories("/tmp", "pc-load-pg-*"), folder => !before.Contains(folder));
        Assert.Equal(0, exitCode);
    }
}
