using System.Diagnostics;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// PostgreSQL and Redis for servers started here on <c>--store postgres</c>: <c>scripts/services.sh start</c> on a temp
/// folder (needs root), stopped and the folder deleted when the run ends, also when it fails or is interrupted (Ctrl-C,
/// SIGTERM).
/// </summary>
internal sealed class LocalStore : IAsyncDisposable
{
    private static readonly List<LocalStore> Running = [];
    private readonly string folder;
    private int stopped;

    static LocalStore()
    {
        Console.CancelKeyPress += (_, _) => StopAll();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
    }

    private LocalStore(string folder, string postgres, string redis)
    {
        this.folder = folder;
        PostgresConnection = postgres;
        RedisConnection = redis;
    }

    public string PostgresConnection { get; }
    public string RedisConnection { get; }

    /// <summary>PostgreSQL's max_connections as scripts/services.sh leaves it, less its 3 slots kept for superusers.</summary>
    private const int ConnectionSlots = 97;

    /// <summary>
    /// The settings each of <paramref name="servers"/> venue servers gets to use this store (Redis where there are
    /// several). Several servers share PostgreSQL's connection slots: each server's pool (Npgsql's default is 100) is
    /// capped at its share, or a burst of sign-ins on one fills every slot and PostgreSQL refuses the next connection
    /// (53300, "remaining connection slots are reserved").
    /// </summary>
    public string[] ServerSettings(int servers) => servers == 1
        ? ["--Data:Provider=postgres", $"--Data:PostgresConnection={PostgresConnection}"]
        :
        [
            "--Data:Provider=postgres", $"--Data:PostgresConnection={PostgresConnection};Maximum Pool Size={ConnectionSlots / servers - 2}",
            $"--Redis:Connection={RedisConnection}",
        ];

    public static async Task<LocalStore> StartAsync(CancellationToken cancellationToken)
    {
        // services.sh itself picks ports no socket holds (TIME_WAIT included) and tries another if one is taken.
        // Short, under /tmp: the postgres user must reach it and PostgreSQL's socket path must stay short.
        var folder = Path.Combine("/tmp", $"pc-load-pg-{Guid.NewGuid():N}"[..19]);
        var (code, errors) = await ServicesAsync("start", folder, cancellationToken);
        if (code == 0) return Started(folder);
        TempData.Delete(folder);
        throw new InvalidOperationException($"scripts/services.sh start failed ({code}): {errors.Trim()}");
    }

    private static LocalStore Started(string folder)
    {
        var env = File.ReadAllLines(Path.Combine(folder, "services.env"))
            .Select(line => line.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        var store = new LocalStore(folder, env["POSTGRES_CONNECTION"], env["REDIS_CONNECTION"]);
        lock (Running) Running.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1) return;
        await ServicesAsync("stop", folder, CancellationToken.None);
        TempData.Delete(folder);
        lock (Running) Running.Remove(this);
    }

    private static void StopAll()
    {
        LocalStore[] running;
        lock (Running) running = [.. Running];
        foreach (var store in running) store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static async Task<(int Code, string Output)> ServicesAsync(string verb, string folder, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(LoadOptions.RepositoryDirectory(), "scripts", "services.sh"));
        info.ArgumentList.Add(verb);
        info.ArgumentList.Add(folder);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        // Only its errors: what it prints on success holds the passwords.
        return (process.ExitCode, await errors);
    }
}
