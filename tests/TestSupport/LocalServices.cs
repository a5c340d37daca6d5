namespace PeoplesCongress.TestSupport;

/// <summary>
/// PostgreSQL and Redis on loopback, started by the project's own <c>scripts/services.sh start</c> in a fresh temp
/// folder; disposing stops both with <c>scripts/services.sh stop</c> and deletes the folder. Needs root and
/// <c>scripts/services.sh install</c> (which .ci/run calls). With a standby, every commit on the primary waits until the
/// standby has flushed it, and <see cref="KillPrimaryAsync"/> and <see cref="PromoteStandbyAsync"/> fail over with
/// PostgreSQL's own tools.
/// </summary>
public sealed class LocalServices : IAsyncDisposable
{
    private LocalServices(string folder, IReadOnlyDictionary<string, string> values)
    {
        Folder = folder;
        PostgresConnection = values["POSTGRES_CONNECTION"];
        RedisConnection = values["REDIS_CONNECTION"];
        PrimaryPort = values.TryGetValue("POSTGRES_PRIMARY_PORT", out var primary) ? int.Parse(primary) : null;
        StandbyPort = values.TryGetValue("POSTGRES_STANDBY_PORT", out var standby) ? int.Parse(standby) : null;
    }

    /// <summary>The folder the services run in: the cluster in pg/, Redis's files in redis/, services.env.</summary>
    public string Folder { get; }

    /// <summary>An Npgsql connection string: Host=127.0.0.1;Port=…;Database=…;Username=…;Password=….</summary>
    public string PostgresConnection { get; }

    /// <summary>A StackExchange.Redis configuration: 127.0.0.1:port,password=….</summary>
    public string RedisConnection { get; }

    /// <summary>With a standby: the first primary's port and the standby's (the connection string names both hosts).</summary>
    public int? PrimaryPort { get; }

    public int? StandbyPort { get; }

    /// <summary>The script, at the repository root.</summary>
    public static string Script
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "PeoplesCongress.sln"))) root = root.Parent;
            return Path.Combine(root?.FullName ?? throw new InvalidOperationException("repository root not found"), "scripts", "services.sh");
        }
    }

    /// <summary>The script waits up to 60 s for each engine; several steps on a busy machine may together take longer.</summary>
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(4);

    public static async Task<LocalServices> StartAsync(bool standby = false)
    {
        // Short, under /tmp: the postgres user must reach it and PostgreSQL's socket path must fit.
        var folder = Path.Combine(Path.GetTempPath(), "pc-services-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await Programs.RunAsync(ScriptTimeout, "bash", [Script, "start", folder, .. standby ? ["--standby"] : Array.Empty<string>()]);
            var values = File.ReadAllLines(Path.Combine(folder, "services.env"))
                .Where(line => line.Contains('='))
                .ToDictionary(line => line[..line.IndexOf('=')], line => line[(line.IndexOf('=') + 1)..]);
            return new LocalServices(folder, values);
        }
        catch
        {
            await StopAndDeleteAsync(folder);
            throw;
        }
    }

    public ValueTask DisposeAsync() => new(StopAndDeleteAsync(Folder));

    /// <summary>Stops the primary at once, as a crash would (<c>pg_ctl stop -m immediate</c>).</summary>
    public Task KillPrimaryAsync() => Programs.RunAsync(ScriptTimeout, "bash", Script, "kill-primary", Folder);

    /// <summary>Promotes the standby (<c>pg_ctl promote</c>); returns once it takes writes.</summary>
    public Task PromoteStandbyAsync() => Programs.RunAsync(ScriptTimeout, "bash", Script, "promote", Folder);

    private static async Task StopAndDeleteAsync(string folder)
    {
        if (!Directory.Exists(folder)) return;
        await Programs.RunAsync(ScriptTimeout, "bash", Script, "stop", folder);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The values of <see cref="PostgresConnection"/> by key (Host, Port, Database, Username, Password).</summary>
    public IReadOnlyDictionary<string, string> PostgresValues() =>
        PostgresConnection.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
}
