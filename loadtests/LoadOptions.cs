using System.Net;

namespace PeoplesCongress.LoadTests;

/// <summary>The command line: which scenario, how many tablets, and which server.</summary>
internal sealed record LoadOptions(
    IReadOnlyList<string> Scenarios, int Tablets, Uri? Server, string? SecretariatCode, int? ServerPid,
    bool SeparateProcess, int ConnectParallelism, bool Baseline, TimeSpan TimeLimit, string ResultsDirectory, string CommandLine)
{
    public const int MaxTablets = 20_000;

    /// <summary>At this size generator and server together need more sockets than one process may open.</summary>
    public const int SeparateProcessFrom = 5_000;

    public const string Usage = """
        usage: dotnet run -c Release --project loadtests -- <scenario> --tablets N [options]
          <scenario>            sign-in-storm | ballot-burst | appraisal-burst | reconnect-storm | full-sitting | all
          --tablets N           simulated tablets, 1 to 20000 (default 1000)
          --server URL          drive a running server on this machine (127.0.0.1) instead of starting one;
                                needs --secretariat CODE, and --server-pid PID to report its memory and CPU
          --process same|separate
                                run the started server in this process or as a child process
                                (default: separate from 5000 tablets, so each process has its own open-file limit)
          --parallel N          connections opened at a time (default 200)
          --no-baseline         skip the bare SignalR + SQLite path the bursts are compared with
          --time-limit S        give up a scenario after S seconds (default 600)
          --results DIR         where reports go (default loadtests/results)
        """;

    public static LoadOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) throw new UsageException("name a scenario");
        var scenarios = args[0] == "all" ? Scenario.Names
            : Scenario.Names.Contains(args[0]) ? [args[0]] : throw new UsageException($"unknown scenario '{args[0]}'");
        var values = new Dictionary<string, string?>();
        for (var i = 1; i < args.Length; i++)
        {
            var flag = args[i];
            if (flag is "--no-baseline") values[flag] = null;
            else if (flag.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) values[flag] = args[++i];
            else throw new UsageException($"unexpected '{flag}'");
        }
        string? Value(string flag) => values.GetValueOrDefault(flag);
        int Number(string flag, int fallback, int min, int max) => Value(flag) is not { } text ? fallback
            : int.TryParse(text, out var n) && n >= min && n <= max ? n : throw new UsageException($"{flag} must be {min} to {max}");

        var tablets = Number("--tablets", 1000, 1, MaxTablets);
        var server = Value("--server") is { } url ? Loopback(url) : null;
        var code = Value("--secretariat");
        if (server is not null && code is null) throw new UsageException("--server needs --secretariat CODE");
        var separate = Value("--process") switch
        {
            null => tablets >= SeparateProcessFrom,
            "same" => false,
            "separate" => true,
            var other => throw new UsageException($"--process must be same or separate, not '{other}'"),
        };
        return new LoadOptions(
            scenarios, tablets, server, code, Value("--server-pid") is null ? null : Number("--server-pid", 0, 1, int.MaxValue),
            separate, Number("--parallel", 200, 1, 5_000), !values.ContainsKey("--no-baseline"),
            TimeSpan.FromSeconds(Number("--time-limit", 600, 10, 3_600)),
            Value("--results") ?? Path.Combine(ProjectDirectory(), "results"),
            "dotnet run -c Release --project loadtests -- " + string.Join(' ', args));
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

    /// <summary>loadtests/, found from the binary's folder (bin/Release/net10.0) whatever the working directory.</summary>
    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LoadTests.csproj"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}

internal sealed class UsageException(string message) : Exception(message);
