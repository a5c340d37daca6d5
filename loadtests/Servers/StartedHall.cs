namespace PeoplesCongress.LoadTests;

/// <summary>
/// The servers a scenario starts here: one, or two (the second on one SQLite file starts later, in the failover; on
/// PostgreSQL both start now), and on <c>--store postgres</c> the PostgreSQL and Redis they share. Disposing stops
/// the servers, then the store, and deletes their folders.
/// </summary>
internal sealed class StartedHall : IAsyncDisposable
{
    private readonly LocalStore? store;

    private StartedHall(IReadOnlyList<IServerUnderTest> servers, IReadOnlyList<Uri> urls, IReadOnlyList<string> settings, LocalStore? store)
    {
        Servers = servers;
        Urls = urls;
        Settings = settings;
        this.store = store;
    }

    /// <summary>The server the sittings are set up through.</summary>
    public IServerUnderTest Venue => Servers[0];

    /// <summary>The servers started so far, in the hall's order.</summary>
    public IReadOnlyList<IServerUnderTest> Servers { get; }

    /// <summary>Every server of the hall, including one that starts later.</summary>
    public IReadOnlyList<Uri> Urls { get; }

    /// <summary>The hall's Venue:Servers settings, for a server started later.</summary>
    public IReadOnlyList<string> Settings { get; }

    public static string Describe(LoadOptions options) => (options.StartServers, options.Store) switch
    {
        (1, "postgres") => "; PostgreSQL (scripts/services.sh, started by the tool)",
        (_, "postgres") => "; two servers started at once on one PostgreSQL and one Redis (scripts/services.sh, started by the tool)",
        (1, _) => "",
        _ => "; two servers on one SQLite file, the second started once the ballot is open",
    } + (options.CompareStores ? "; each scenario on SQLite, then on PostgreSQL (one server each)" : "");

    public static async Task<StartedHall> StartAsync(LoadOptions options)
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        LocalStore? store = null;
        var servers = new List<IServerUnderTest>();
        try
        {
            if (options.Store == "postgres") store = await LocalStore.StartAsync(startup.Token);
            var storeSettings = store?.ServerSettings(options.StartServers) ?? [];
            if (options.StartServers == 1)
            {
                IServerUnderTest venue = options.SeparateProcess || store is not null
                    ? await ChildServer.StartVenueAsync(startup.Token, null, storeSettings)
                    : await InProcessServer.StartVenueAsync();
                return new StartedHall([venue], [venue.Url], [], store);
            }
            List<Uri> urls = [.. Enumerable.Range(0, options.StartServers).Select(_ => new Uri($"http://127.0.0.1:{ChildServer.FreePort()}/"))];
            string[] settings = [.. urls.Select((url, i) => $"--Venue:Servers:{i}={url.ToString().TrimEnd('/')}"), .. storeSettings];
            var first = await ChildServer.StartVenueAsync(startup.Token, urls[0].Port, settings);
            servers.Add(first);
            if (store is not null)
            {
                foreach (var url in urls.Skip(1))
                    servers.Add(await ChildServer.StartSecondVenueAsync(first.DataDirectory, url.Port, settings, linkDatabase: false, startup.Token));
            }
            return new StartedHall(servers, urls, settings, store);
        }
        catch
        {
            foreach (var server in servers) await server.DisposeAsync();
            if (store is not null) await store.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers.Reverse()) await server.DisposeAsync();
        if (store is not null) await store.DisposeAsync();
    }
}
