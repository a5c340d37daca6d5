using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// A server in a process of its own (`dotnet &lt;dll&gt;`) on a temp data folder and a free port of 127.0.0.1, so that
/// it has its own open-file limit and its own /proc figures. Stopped with SIGTERM, as an operator would.
/// </summary>
internal sealed class ChildServer : IServerUnderTest, IKillable
{
    private const string CodeLine = "Bootstrap secretariat credential (shown once): ";
    private readonly Process process;
    private readonly string dataDirectory;
    private readonly Queue<string> tail = new();
    private volatile string? secretariatCode;
    private volatile bool stopping;

    private ChildServer(Process process, string dataDirectory, int port, string name)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        Url = new Uri($"http://127.0.0.1:{port}/");
        Description = $"{name}, child process {process.Id}";
        Stats = ProcessStats.Of(process.Id);
    }

    public string Description { get; }
    public Uri Url { get; }
    public string? SecretariatCode => secretariatCode;
    public ProcessStats Stats { get; }
    public string? Failure { get; private set; }
    public int? ErrorsLogged => ServerLog.ErrorsIn(dataDirectory);
    public string DataDirectory => dataDirectory;

    /// <summary>
    /// The venue server on a fresh folder, on <paramref name="port"/> or a free one, with extra settings such as the
    /// hall's server list.
    /// </summary>
    public static Task<ChildServer> StartVenueAsync(CancellationToken cancellationToken, int? port = null, params string[] settings)
    {
        var (data, at) = (TempData.NewDirectory("venue"), port ?? FreePort());
        return StartAsync("VotingServer", "PeoplesCongress.VotingServer.dll", VenueArguments(data, at, settings),
            data, at, expectCode: true, likeTheVenue: false, cancellationToken);
    }

    /// <summary>
    /// A hall's second venue server: its folder starts with the first server's venue CA and signing key. While the store
    /// is one SQLite file (<paramref name="linkDatabase"/>), its venue.db is a link to the first server's (SQLite follows
    /// it, so both share one database, its WAL and its locks), and it reads the store's state at its start; on
    /// PostgreSQL the settings name the shared store.
    /// </summary>
    public static Task<ChildServer> StartSecondVenueAsync(
        string firstDataDirectory, int port, string[] settings, bool linkDatabase, CancellationToken cancellationToken)
    {
        var data = TempData.NewDirectory("venue-second");
        var https = Path.Combine(firstDataDirectory, "https");
        if (Directory.Exists(https))
        {
            Directory.CreateDirectory(Path.Combine(data, "https"));
            foreach (var file in Directory.GetFiles(https)) File.Copy(file, Path.Combine(data, "https", Path.GetFileName(file)));
        }
        File.Copy(Path.Combine(firstDataDirectory, "server-signing-key.pem"), Path.Combine(data, "server-signing-key.pem"));
        if (linkDatabase) File.CreateSymbolicLink(Path.Combine(data, "venue.db"), Path.Combine(firstDataDirectory, "venue.db"));
        return StartAsync(linkDatabase ? "VotingServer (second, same SQLite file)" : "VotingServer (second)", "PeoplesCongress.VotingServer.dll",
            VenueArguments(data, port, settings), data, port, expectCode: false, likeTheVenue: false, cancellationToken);
    }

    private static string[] VenueArguments(string data, int port, string[] settings) =>
    [
        $"--urls=http://127.0.0.1:{port}", $"--Data:Directory={data}", "--Serilog:MinimumLevel:Default=Warning",
        .. LoadServerSettings.OneAddress, .. settings,
    ];

    /// <summary>SIGKILL, as a power cut: no shutdown, no flush. Not a failure of the run.</summary>
    public async Task KillAsync()
    {
        stopping = true;
        if (process.HasExited) return;
        process.Kill();
        await process.WaitForExitAsync();
    }

    public static Task<ChildServer> StartBareAsync(CancellationToken cancellationToken)
    {
        var (data, port) = (TempData.NewDirectory("bare"), FreePort());
        return StartAsync("bare path", "PeoplesCongress.LoadTests.dll", [BareServer.Command, $"{port}", data],
            data, port, expectCode: false, likeTheVenue: true, cancellationToken);
    }

    private static async Task<ChildServer> StartAsync(
        string name, string dll, string[] args, string data, int port, bool expectCode, bool likeTheVenue, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = data,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // The bare path runs with the venue server's GC and compiler settings (unless the environment sets them for both).
        if (likeTheVenue)
        {
            foreach (var (variable, value) in ServerSettings.VenueRuntimeAsEnvironment())
                if (Environment.GetEnvironmentVariable(variable) is null) info.Environment[variable] = value;
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.Start();
        var server = new ChildServer(process, data, port, name);
        process.OutputDataReceived += (_, e) => server.Read(e.Data);
        process.ErrorDataReceived += (_, e) => server.Read(e.Data);
        process.Exited += (_, _) => server.Failure ??= server.stopping ? null : $"exited with code {process.ExitCode}: {server.Tail()}";
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync(port, expectCode, cancellationToken);
        return server;
    }

    private void Read(string? line)
    {
        if (line is null) return;
        if (line.Contains(CodeLine, StringComparison.Ordinal)) secretariatCode = line[(line.IndexOf(CodeLine, StringComparison.Ordinal) + CodeLine.Length)..].Trim();
        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > 20) tail.Dequeue();
        }
    }

    private string Tail()
    {
        lock (tail) return string.Join(" | ", tail);
    }

    private async Task WaitUntilReadyAsync(int port, bool expectCode, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Description} {Failure ?? "exited"}");
            if (!expectCode || secretariatCode is not null)
            {
                using var probe = new TcpClient();
                try
                {
                    await probe.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                    return;
                }
                catch (SocketException) { }
            }
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>The error lines of a server's logs outlive its temp folder, for the run's reader.</summary>
    private void KeepErrors()
    {
        var lines = ServerLog.ErrorLines(dataDirectory);
        if (lines.Count == 0) return;
        var file = Path.Combine(Path.GetTempPath(), $"{Path.GetFileName(dataDirectory)}-errors.log");
        File.WriteAllLines(file, lines);
        Console.WriteLine($"{Description} ({Url}) logged {lines.Count} errors: {file}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        stopping = true;
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", $"{process.Id}"])) await kill.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try { await process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { process.Kill(); }
        }
        process.Dispose();
        KeepErrors();
        TempData.Delete(dataDirectory);
    }
}
