namespace PeoplesCongress.TestSupport;

/// <summary>
/// PostgreSQL and Redis on loopback, started by the project's own <c>scripts/services.sh start</c> in a fresh temp
/// folder; disposing stops both with <c>scripts/services.sh stop</c> and deletes the folder. Needs root and
/// <c>scripts/services.sh install</c> (which .ci/run calls).
/// </summary>
public sealed class LocalServices : IAsyncDisposable
{
    private LocalServices(string folder, string postgresConnection, string redisConnection)
    {
        Folder = folder;
        PostgresConnection = postgresConnection;
        RedisConnection = redisConnection;
    }

    /// <summary>The folder the services run in: the cluster in pg/, Redis's files in redis/, services.env.</summary>
    public string Folder { get; }

    /// <summary>An Npgsql connection string: Host=127.0.0.1;Port=…;Database=…;Username=…;Password=….</summary>
    public string PostgresConnection { get; }

    /// <summary>A StackExchange.Redis configuration: 127.0.0.1:port,password=….</summary>
    public string RedisConnection { get; }

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

    public static async Task<LocalServices> StartAsync()
    {
        // Short, under /tmp: the postgres user must reach it and PostgreSQL's socket path must fit.
        var folder = Path.Combine(Path.GetTempPath(), "pc-services-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await Programs.RunAsync("bash", Script, "start", folder);
            var values = File.ReadAllLines(Path.Combine(folder, "services.env"))
                .Where(line => line.Contains('='))
                .ToDictionary(line => line[..line.IndexOf('=')], line => line[(line.IndexOf('=') + 1)..]);
            return new LocalServices(folder, values["POSTGRES_CONNECTION"], values["REDIS_CONNECTION"]);
        }
        catch
        {
            await StopAndDeleteAsync(folder);
            throw;
        }
    }

    public ValueTask DisposeAsync() => new(StopAndDeleteAsync(Folder));

    private static async Task StopAndDeleteAsync(string folder)
    {
        if (!Directory.Exists(folder)) return;
        await Programs.RunAsync("bash", Script, "stop", folder);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The values of <see cref="PostgresConnection"/> by key (Host, Port, Database, Username, Password).</summary>
    public IReadOnlyDictionary<string, string> PostgresValues() =>
        PostgresConnection.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
}
