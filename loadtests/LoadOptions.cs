using System.Net;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// The command line: which scenario, how many tablets, and which servers: one started here (or two, for the
/// failover), or the hall's servers started by someone else (<c>--server</c> once per server).
/// </summary>
internal sealed record LoadOptions(
    IReadOnlyList<string> Scenarios, int Tablets, IReadOnlyList<Uri> Servers, string? SecretariatCode, IReadOnlyList<int> ServerPids,
    bool SeparateProcess, int ConnectParallelism, bool Baseline, TimeSpan TimeLimit, string ResultsDirectory, string CommandLine,
    int StartServers = 1, string Store = "sqlite", double KillAt = 0.3, int KillServer = 0, bool CompareStores = false,
    int TabletsPerProcess = Fleet.MaxTabletsPerProcess, IReadOnlyList<int>? Sizes = null)
{
    public const int MaxTablets = 20_000;

    /// <summary>At this size generator and server together need more sockets than one process may open.</summary>
    public const int SeparateProcessFrom = 5_000;

    /// <summary>Scenarios that drive single tablets (drop, move, resend) and so keep every tablet in this process.</summary>
    private static readonly string[] OneProcessOnly = [ReconnectStorm.Name, Failover.Name];

    public const string Usage = """
        usage: dotnet run -c Release --project loadtests -- <scenario> --tablets N [options]
          <scenario>            sign-in-storm | ballot-burst | appraisal-burst | reconnect-storm | full-sitting | all
                                (all: every one-server scenario), or failover (two servers)
          --tablets N           simulated tablets, 1 to 20000 (default 1000); several sizes, e.g.
                                --tablets 1000,2000,5000,10000,15000, run the scenarios at each size in
                                turn (servers in their own processes) and add a scaling table to the report:
                                time, CPU and memory per tablet, and the ratios to the bare path, by size
          --server URL          drive a running server on this machine (127.0.0.1) instead of starting one;
                                needs --secretariat CODE, and --server-pid PID to report its memory and CPU.
                                Give it once per server of a hall (in the order of its Venue:Servers): the
                                tablets are spread over them round robin, each given the whole list to fail
                                over to, and the reports give per-server and overall figures
          --server-pid PID      once per --server, in the same order (the failover scenario kills one by it)
          --servers N           servers to start here, 1 or 2 (default 1); two share one store:
          --store sqlite|postgres
                                the store of the servers started here. sqlite (default): one server's own
                                SQLite file, or for two servers one SQLite file standing in for a shared store
                                (the second server's venue.db links to the first's); since a server reads the
                                store's state at its start, the second starts once the ballot is open, which
                                only the failover scenario does. postgres: the tool starts PostgreSQL and
                                Redis with scripts/services.sh (needs root) on a temp folder, removed at the
                                end; both servers start at once and share them live, so every scenario runs
          --compare-stores      one server: run each scenario on SQLite, then on PostgreSQL, in this run, and
                                report both and PostgreSQL's throughput and p99 as ratios of SQLite's
          --kill-at F           failover: kill the server once this fraction of its own tablets' casts
                                is acked (default 0.3)
          --kill-server I       failover: which server to kill, 0 for the first (default 0)
          --process same|separate
                                run the started server in this process or as a child process
                                (default: separate from 5000 tablets, so each process has its own open-file limit)
          --parallel N          connections opened at a time, by all generator processes together (default 200)
          --per-process N       tablets one generator process holds, 1 to 10000 (default 10000): the rest
                                are held by worker processes of this tool, driven phase by phase with it,
                                their figures merged into one report. failover and reconnect-storm drive
                                each tablet themselves and run in one process: at most N tablets
          --no-baseline         skip the bare SignalR + SQLite path the bursts are compared with
          --time-limit S        give up a scenario after S seconds (default 600)
          --results DIR         where reports go (default loadtests/results)
        """;

    /// <summary>The first server given with --server (the sittings are set up through it), or null.</summary>
    public Uri? Server => Servers.Count > 0 ? Servers[0] : null;

    /// <summary>The sizes to run, smallest first (one unless --tablets lists several).</summary>
    public IReadOnlyList<int> AllSizes => Sizes ?? [Tablets];

    /// <summary>Whether <paramref name="scenario"/> runs at <paramref name="tablets"/> (see <see cref="OneProcessOnly"/>).</summary>
    public bool Fits(string scenario, int tablets) => tablets <= TabletsPerProcess || !OneProcessOnly.Contains(scenario);

    /// <summary>How many servers the run drives.</summary>
    public int HallSize => Servers.Count > 0 ? Servers.Count : StartServers;

    public static LoadOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) throw new UsageException("name a scenario");
        var scenarios = args[0] == "all" ? Scenario.Names
            : Scenario.Known.Contains(args[0]) ? [args[0]] : throw new UsageException($"unknown scenario '{args[0]}'");
        var values = new Dictionary<string, List<string?>>();
        for (var i = 1; i < args.Length; i++)
        {
            var flag = args[i];
            if (!values.TryGetValue(flag, out var list)) values[flag] = list = [];
            if (flag is "--no-baseline" or "--compare-stores") list.Add(null);
            else if (flag.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) list.Add(args[++i]);
            else throw new UsageException($"unexpected '{flag}'");
        }
        IReadOnlyList<string> All(string flag) => [.. values.GetValueOrDefault(flag)?.OfType<string>() ?? []];
        string? Value(string flag) => All(flag) switch
        {
            [] => null,
            [var one] => one,
            _ => throw new UsageException($"{flag} given more than once"),
        };
        int Number(string flag, int fallback, int min, int max) => Value(flag) is not { } text ? fallback : Parsed(flag, text, min, max);
        static int Parsed(string flag, string text, int min, int max) =>
            int.TryParse(text, out var n) && n >= min && n <= max ? n : throw new UsageException($"{flag} must be {min} to {max}");

        List<int> sizes = Value("--tablets") is { } sizeList
            ? [.. sizeList.Split(',').Select(text => Parsed("--tablets", text.Trim(), 1, MaxTablets)).Distinct().Order()]
            : [1000];
        var tablets = sizes[^1];
        var servers = All("--server").Select(Loopback).ToList();
        var pids = All("--server-pid").Select(text => Parsed("--server-pid", text, 1, int.MaxValue)).ToList();
        var code = Value("--secretariat");
        if (servers.Count > 0 && code is null) throw new UsageException("--server needs --secretariat CODE");
        if (pids.Count > 0 && pids.Count != servers.Count) throw new UsageException("--server-pid once per --server, in the same order");
        var startServers = Number("--servers", 1, 1, 2);
        if (startServers > 1 && servers.Count > 0) throw new UsageException("--servers starts servers here; it does not go with --server");
        var store = Value("--store") ?? "sqlite";
        if (store is not ("sqlite" or "postgres")) throw new UsageException($"--store must be sqlite or postgres, not '{store}'");
        if (values.ContainsKey("--store") && servers.Count > 0) throw new UsageException("--store is for servers started here; it does not go with --server");
        var compare = values.ContainsKey("--compare-stores");
        if (compare && (startServers > 1 || servers.Count > 0 || values.ContainsKey("--store")))
            throw new UsageException("--compare-stores starts one server on each store itself: it goes without --servers 2, --server and --store");
        var hallSize = servers.Count > 0 ? servers.Count : startServers;
        if (scenarios.Contains(Failover.Name) && hallSize < 2)
            throw new UsageException("failover needs two servers: --servers 2, or --server twice with a --server-pid for each");
        if (scenarios.Contains(Failover.Name) && servers.Count > 0 && pids.Count == 0)
            throw new UsageException("failover kills a server by its process id: give --server-pid for each --server");
        if (startServers > 1 && store == "sqlite" && scenarios.Any(s => s != Failover.Name))
            throw new UsageException("two servers started here share one SQLite file, which only the failover scenario can use");
        var perProcess = Number("--per-process", Fleet.MaxTabletsPerProcess, 1, Fleet.MaxTabletsPerProcess);
        // `all` leaves them out at the sizes beyond one process (its report says so); named, they are refused.
        if (tablets > perProcess && args[0] != "all" && scenarios.FirstOrDefault(OneProcessOnly.Contains) is { } alone)
        {
            throw new UsageException($"{alone} drives each tablet itself in one generator process, which holds at most {perProcess:N0} "
                + $"tablets (--per-process); run it with fewer tablets, or the other scenarios by name");
        }
        var killAt = Value("--kill-at") is not { } at ? 0.3
            : double.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, out var f) && f is >= 0.05 and <= 0.95 ? f
            : throw new UsageException("--kill-at must be 0.05 to 0.95");
        var separate = Value("--process") switch
        {
            // The failover kills a server's process: it cannot be this one.
            _ when startServers > 1 => true,
            // Several sizes compare the server's own CPU and memory from size to size.
            null => tablets >= SeparateProcessFrom || sizes.Count > 1,
            "same" => false,
            "separate" => true,
            var other => throw new UsageException($"--process must be same or separate, not '{other}'"),
        };
        return new LoadOptions(
            scenarios, tablets, servers, code, pids,
            separate, Number("--parallel", 200, 1, 5_000), !values.ContainsKey("--no-baseline"),
            TimeSpan.FromSeconds(Number("--time-limit", 600, 10, 3_600)),
            Value("--results") ?? Path.Combine(ProjectDirectory(), "results"),
            "dotnet run -c Release --project loadtests -- " + string.Join(' ', args),
            startServers, store, killAt, Number("--kill-server", 0, 0, hallSize - 1), compare, perProcess, sizes);
    }

    /// <summary>The generator talks to this machine only.</summary>
    private static Uri Loopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            throw new UsageException($"--server must be an http:// URL, not '{url}'");
        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
            throw new UsageException("--server must be on 127.0.0.1: the load generator talks to this machine only");
        return uri;
    }

    /// <summary>The repository's root (where scripts/services.sh is), found from the binary's folder upwards.</summary>
    public static string RepositoryDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "scripts", "services.sh"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }

    /// <summary>loadtests/, found from the binary's folder (bin/Release/net10.0) whatever the working directory.</summary>
    internal static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LoadTests.csproj"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}

internal sealed class UsageException(string message) : Exception(message);
