namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// How much of the server one client may hold, and how long an idle socket may stay. Each socket is an open file, so
/// by default the connection limits share the process's open-file limit less headroom that the database, the log
/// files and the staff's requests always keep.
/// </summary>
public sealed class ConnectionLimitOptions
{
    public const string Section = "Connections";

    /// <summary>TCP connections of every kind at once; default derived from the open-file limit.</summary>
    public int? MaxConnections { get; set; }

    /// <summary>Hub connections (upgraded WebSockets) at once; by default nine tenths of the connections.</summary>
    public int? MaxHubConnections { get; set; }

    /// <summary>TCP connections of any kind from one client address; over it a new socket is closed at once.</summary>
    public int? MaxConnectionsPerAddress { get; set; }

    /// <summary>Hub connections from one client address. Each tablet in a hall has its own; raise it behind NAT.</summary>
    public int? MaxHubConnectionsPerAddress { get; set; }

    /// <summary>Hub connections one deputy credential may hold: a reconnecting tablet briefly holds two.</summary>
    public int MaxHubConnectionsPerDeputy { get; set; } = 3;

    /// <summary>Hub connections one staff or big-screen credential may hold (several pages of one person).</summary>
    public int MaxHubConnectionsPerStaff { get; set; } = 10;

    /// <summary>Unknown credential codes one address may present per minute before its attempts are refused unchecked.</summary>
    public int FailedAttemptsPerMinute { get; set; } = 20;

    /// <summary>How long a request's headers may take once they have begun to arrive.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a socket may wait for its next request, its first one too: an idle socket lasts this long.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public double MinRequestBodyBytesPerSecond { get; set; } = 240;
    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Refusals are logged as one line per address and reason per window.</summary>
    public TimeSpan RefusalLogWindow { get; set; } = TimeSpan.FromSeconds(10);

    public ConnectionBudget Budget => ConnectionBudget.For(this, OpenFileLimit());

    /// <summary>The soft RLIMIT_NOFILE, read from /proc/self/limits; null where there is no such file or no limit.</summary>
    public static long? OpenFileLimit()
    {
        const string path = "/proc/self/limits";
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return long.TryParse(soft, out var files) ? files : null;
    }
}

/// <summary>The limits in force: the settings where given, otherwise shares of the open-file limit.</summary>
public sealed record ConnectionBudget(int Connections, int Hub, int PerAddress, int HubPerAddress)
{
    private const int Unlimited = int.MaxValue;

    /// <summary>
    /// The runtime alone keeps every assembly it loaded open, a few hundred files before the first request; SQLite's
    /// pooled connections, the log files and a socket between its accept and its refusal come on top.
    /// </summary>
    public const int ReservedFiles = 768;

    /// <summary>
    /// A tenth of the files, and at least <see cref="ReservedFiles"/>, stays free for the process itself, SQLite and
    /// the logs; the rest are sockets (at least 16). Hub connections may take nine tenths of them, so that staff
    /// requests and page loads always find one. One address may hold a fortieth of the sockets (at least 16), and half
    /// of that in hub connections.
    /// </summary>
    public static ConnectionBudget For(ConnectionLimitOptions options, long? files)
    {
        var sockets = options.MaxConnections
            ?? (files is { } f ? (int)Math.Clamp(f - Math.Max(ReservedFiles, f / 10), 16, Unlimited) : Unlimited);
        var perAddress = options.MaxConnectionsPerAddress ?? Share(sockets, 40, 16);
        var hub = sockets == Unlimited ? Unlimited : Math.Max(1, sockets - sockets / 10);
        var hubPerAddress = options.MaxHubConnectionsPerAddress ?? Share(perAddress, 2, 8);
        return new(sockets, options.MaxHubConnections ?? hub, perAddress, hubPerAddress);
    }

    private static int Share(int whole, int part, int least) =>
        whole == Unlimited ? Unlimited : Math.Max(least, whole / part);
}
