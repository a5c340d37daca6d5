namespace PeoplesCongress.LoadTests.Tests;

/// <summary>The load tool's command line for a hall of several servers.</summary>
public sealed class LoadOptionsTests
{
    private const string A = "http://127.0.0.1:5080";
    private const string B = "http://127.0.0.1:5081";

    [Fact]
    public void Server_may_be_given_once_per_server_with_a_pid_for_each_in_the_same_order()
    {
        var options = LoadOptions.Parse(
            ["failover", "--tablets", "100", "--secretariat", "CODE", "--server", A, "--server-pid", "11", "--server", B, "--server-pid", "12"]);

        Assert.Equal([new Uri(A), new Uri(B)], options.Servers);
        Assert.Equal([11, 12], options.ServerPids);
        Assert.Equal(2, options.HallSize);
        Assert.Equal(new Uri(A), options.Server);
    }

    [Theory]
    [InlineData("ballot-burst --secretariat C --server " + A + " --server " + B + " --server-pid 11", "--server-pid once per --server")]
    [InlineData("failover --servers 1", "failover needs two servers")]
    [InlineData("failover --secretariat C --server " + A + " --server " + B, "give --server-pid for each --server")]
    [InlineData("ballot-burst --servers 2", "only the failover scenario")]
    [InlineData("ballot-burst --secretariat C --server " + A + " --store postgres", "--store is for servers started here")]
    [InlineData("ballot-burst --compare-stores --servers 2", "--compare-stores starts one server on each store")]
    [InlineData("ballot-burst --compare-stores --store postgres", "--compare-stores starts one server on each store")]
    [InlineData("failover --servers 2 --kill-at 1", "--kill-at must be")]
    [InlineData("failover --servers 2 --tablets 10 --tablets 20", "--tablets given more than once")]
    [InlineData("reconnect-storm --tablets 10001", "reconnect-storm drives each tablet itself in one generator process")]
    [InlineData("failover --servers 2 --tablets 200 --per-process 100", "failover drives each tablet itself in one generator process")]
    [InlineData("ballot-burst --per-process 10001", "--per-process must be 1 to 10000")]
    public void A_hall_the_tool_cannot_drive_is_refused_with_a_reason(string commandLine, string reason)
    {
        var refused = Assert.Throws<UsageException>(() => LoadOptions.Parse(commandLine.Split(' ')));
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_sizes_run_every_scenario_that_fits_each_in_servers_of_their_own()
    {
        var options = LoadOptions.Parse(["all", "--tablets", "15000,1000,5000"]);

        Assert.Equal([1000, 5000, 15000], options.AllSizes);
        Assert.True(options.SeparateProcess);
        Assert.True(options.Fits("reconnect-storm", 10_000));
        Assert.False(options.Fits("reconnect-storm", 15_000));
        Assert.True(options.Fits("ballot-burst", 15_000));
    }

    [Theory]
    [InlineData("ballot-burst --tablets 20000", 10_000)]
    [InlineData("sign-in-storm --tablets 300 --per-process 100", 100)]
    [InlineData("reconnect-storm --tablets 10000", 10_000)]
    public void Beyond_one_generator_process_the_tablets_go_to_worker_processes(string commandLine, int perProcess)
    {
        Assert.Equal(perProcess, LoadOptions.Parse(commandLine.Split(' ')).TabletsPerProcess);
    }

    [Theory]
    [InlineData("ballot-burst --servers 2 --store postgres", 2, "postgres", false)]
    [InlineData("failover --servers 2 --store postgres", 2, "postgres", false)]
    [InlineData("ballot-burst --servers 1 --store postgres", 1, "postgres", false)]
    [InlineData("ballot-burst --compare-stores", 1, "sqlite", true)]
    public void PostgreSQL_takes_every_scenario_on_one_or_two_started_servers(string commandLine, int servers, string store, bool compare)
    {
        var options = LoadOptions.Parse(commandLine.Split(' '));

        Assert.Equal((servers, store, compare), (options.StartServers, options.Store, options.CompareStores));
    }

    [Fact]
    public void All_runs_the_one_server_scenarios_and_not_the_failover()
    {
        Assert.Equal(Scenario.Names, LoadOptions.Parse(["all"]).Scenarios);
        Assert.DoesNotContain(Failover.Name, Scenario.Names);
        Assert.Contains(Failover.Name, Scenario.Known);
    }
}
