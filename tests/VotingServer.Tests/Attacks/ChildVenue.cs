using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>
/// The venue server in a process of its own (`dotnet PeoplesCongress.VotingServer.dll`) on a given data folder and a
/// free port of 127.0.0.1, so that a test can kill it with SIGKILL, as a power cut would, and start it again.
/// </summary>
public sealed class ChildVenue : IAsyncDisposable
{
    private const string CodeLine = "Bootstrap secretariat credential (shown once): ";
    private readonly Process process;
    private readonly TaskCompletionSource<string> code = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> lines = [];

    private ChildVenue(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The bootstrap code the first start on a folder prints (a restart prints none).</summary>
    public Task<string> BootstrapCodeAsync() => code.Task.WaitAsync(Waiting.Timeout);

    /// <summary>The server's process id, for a tool that kills it by pid.</summary>
    public int ProcessId => process.Id;

    /// <summary>
    /// Starts a server on <paramref name="dataDirectory"/>, on <paramref name="port"/> (or a free one), with extra
    /// command-line <paramref name="settings"/> such as the hall's server list.
    /// </summary>
    public static async Task<ChildVenue> StartAsync(string dataDirectory, int? port = null, params string[] settings)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dataDirectory,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "PeoplesCongress.VotingServer.dll"),
                     $"--urls=http://127.0.0.1:{port}", $"--Data:Directory={dataDirectory}", "--Serilog:MinimumLevel:Default=Warning", .. settings])
            start.ArgumentList.Add(argument);
        var child = new ChildVenue(new Process { StartInfo = start }, new Uri($"http://127.0.0.1:{port}/"));
        child.process.OutputDataReceived += (_, e) => child.Read(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Read(e.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        await child.WaitUntilAnsweringAsync();
        return child;
    }

    public VenueApiClient Api(string credentialCode) => VenueApiClient.Create(Url, credentialCode);

    /// <summary>SIGKILL: no shutdown, no flush, no checkpoint.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill();
        await process.WaitForExitAsync().WaitAsync(Waiting.Timeout);
    }

    private void Read(string? line)
    {
        if (line is null) return;
        lock (lines) lines.Add(line);
        var at = line.IndexOf(CodeLine, StringComparison.Ordinal);
        if (at >= 0) code.TrySetResult(line[(at + CodeLine.Length)..].Trim());
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server exited with {process.ExitCode}: {Output()}");
            try
            {
                using var answer = await http.GetAsync("api/me", deadline.Token);
                return;
            }
            catch (HttpRequestException) { }
            // Polling a port that is not yet open: there is no event to wait on for another process's listener.
            await Task.Delay(100, deadline.Token);
        }
    }

    private string Output()
    {
        lock (lines) return string.Join('\n', lines.TakeLast(30));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
