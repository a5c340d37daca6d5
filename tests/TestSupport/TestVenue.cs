using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.TestSupport;

/// <summary>
/// The real venue server on Kestrel at 127.0.0.1 on free ports (HTTPS, and plain HTTP for the CA pages), with its
/// SQLite file and logs in a temp folder. Since tests run in parallel, every instance has its own folder and ports.
/// The clients made here talk HTTPS and trust the venue CA from the data folder, as an installed tablet does.
/// </summary>
public sealed class TestVenue : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly bool ownsDirectory;
    private bool stopped;

    private TestVenue(WebApplication app, string dataDirectory, bool ownsDirectory)
    {
        this.app = app;
        this.ownsDirectory = ownsDirectory;
        DataDirectory = dataDirectory;
        Url = new Uri(app.Urls.Single(u => u.StartsWith("https://", StringComparison.Ordinal)));
        HttpUrl = new Uri(app.Urls.Single(u => u.StartsWith("http://", StringComparison.Ordinal)));
        Trust = VenueTrust.FromFile(Path.Combine(dataDirectory, "https", "venue-ca.crt"));
    }

    /// <summary>The HTTPS base the clients use.</summary>
    public Uri Url { get; }

    /// <summary>The plain HTTP base, which serves the CA pages and sends everything else to <see cref="Url"/>.</summary>
    public Uri HttpUrl { get; }

    /// <summary>The venue CA this server's certificate chains to, read from its data folder.</summary>
    public VenueTrust Trust { get; }
    public string DataDirectory { get; }
    public string DatabasePath => Path.Combine(DataDirectory, "venue.db");
    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    /// <summary>The bootstrap secretariat code printed at this start (null when the database already had one).</summary>
    public string? BootstrapCode => app.Services.GetRequiredService<BootstrapCredential>().Code;

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Starts a fresh server; <paramref name="settings"/> are extra command-line settings, such as a limit.</summary>
    public static Task<TestVenue> StartAsync(params string[] settings) =>
        StartAsync(Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N")), ownsDirectory: true, settings);

    /// <summary>Starts a fresh server whose clock is <paramref name="clock"/>, such as a <see cref="ShiftableClock"/>.</summary>
    public static Task<TestVenue> StartWithClockAsync(TimeProvider clock, params string[] settings) =>
        StartAsync(Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N")), ownsDirectory: true, settings, clock: clock);

    /// <summary>
    /// Starts a server on a folder another instance owns: that of a stopped one, as after a restart, or a hall's second
    /// server beside a running one (<see cref="SecondServerFolder"/>), with extra command-line <paramref name="settings"/>
    /// such as its ports and the hall's server list.
    /// </summary>
    public static Task<TestVenue> RestartOnAsync(string dataDirectory, params string[] settings) =>
        StartAsync(dataDirectory, ownsDirectory: false, settings);

    /// <summary>The settings that put a server's store on the PostgreSQL database of <paramref name="services"/>.</summary>
    public static string[] OnPostgres(LocalServices services) =>
        ["--Data:Provider=postgres", $"--Data:PostgresConnection={services.PostgresConnection}"];

    /// <summary>
    /// Starts a second server of the same hall beside <paramref name="first"/>: a folder of its own that starts as a
    /// copy of the first's venue CA (https/) and server signing key, as docs/storage.md tells an installer to do.
    /// </summary>
    public static Task<TestVenue> StartBesideAsync(TestVenue first, params string[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "https"));
        foreach (var file in Directory.GetFiles(Path.Combine(first.DataDirectory, "https")))
            File.Copy(file, Path.Combine(folder, "https", Path.GetFileName(file)));
        File.Copy(Path.Combine(first.DataDirectory, "server-signing-key.pem"), Path.Combine(folder, "server-signing-key.pem"));
        return StartAsync(folder, ownsDirectory: true, settings);
    }


    /// <summary>
    /// Starts a server as `--demo` does, on a fresh folder or (<paramref name="dataDirectory"/>) on the folder of a
    /// stopped one; <see cref="DemoPrinted"/> holds what it printed about the demo.
    /// </summary>
    public static async Task<TestVenue> StartDemoAsync(string? dataDirectory = null)
    {
        var venue = await StartAsync(
            dataDirectory ?? Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N")), ownsDirectory: dataDirectory is null, [], demo: true);
        return venue;
    }

    /// <summary>What a `--demo` start printed about the demo (null when not started so).</summary>
    public string? DemoPrinted { get; private set; }

    private static async Task<TestVenue> StartAsync(
        string dataDirectory, bool ownsDirectory, string[] settings, bool demo = false, TimeProvider? clock = null)
    {
        var app = VenueApp.Build(["--urls=http://127.0.0.1:0;https://127.0.0.1:0", $"--Data:Directory={dataDirectory}", .. settings], clock);
        PeoplesCongress.VotingServer.Demo.DemoSeeder.Seeded? seeded;
        try
        {
            seeded = await app.PrepareAsync(demo);
            await app.StartAsync();
        }
        catch
        {
            // A server that refused to start leaves nothing behind.
            await app.DisposeAsync();
            if (ownsDirectory && Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
            throw;
        }
        return new TestVenue(app, dataDirectory, ownsDirectory) { DemoPrinted = seeded?.Describe(app.Urls.ToList()) };
    }

    /// <summary>What `--demo` does, on this server; returns what it prints.</summary>
    public Task<string> SeedDemoAsync() => app.SeedDemoAsync();

    public VenueApiClient Api(string code) => VenueApiClient.Create(Url, code, Trust);

    /// <summary>A raw HTTP client on <see cref="Url"/> that trusts the venue CA.</summary>
    public HttpClient Http() => new(Trust.CreateHandler()) { BaseAddress = Url };

    /// <summary>Connects a staff page; see <see cref="SignInAsync"/> for a deputy's tablet.</summary>
    public Task<VenueConnection> ConnectAsync(string code) => Connect(code, c => c.StartAsync());

    /// <summary>A deputy's tablet, returned once its sign-in is recorded.</summary>
    public Task<VenueConnection> SignInAsync(string code) => Connect(code, c => c.SignInAsync());

    private async Task<VenueConnection> Connect(string code, Func<VenueConnection, Task> start)
    {
        var connection = new VenueConnection(Url, code, trust: Trust);
        try
        {
            await start(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (stopped) return;
        stopped = true;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (!ownsDirectory) return;
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
