namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// How many hub connections the server holds at once. Each tablet holds one WebSocket, and each socket is an open
/// file, so by default the limit is the process's open-file limit less headroom for the database, the log files
/// and the staff's HTTP requests.
/// </summary>
public sealed class ConnectionLimitOptions
{
    public const string Section = "Connections";

    /// <summary>Set it to override the default derived from the open-file limit.</summary>
    public int? MaxHubConnections { get; set; }

    public int EffectiveLimit => MaxHubConnections ?? FromOpenFileLimit(OpenFileLimit());

    public static int FromOpenFileLimit(long? files) => files switch
    {
        null => int.MaxValue,
        _ => (int)Math.Clamp(files.Value - Math.Max(256, files.Value / 10), 1, int.MaxValue),
    };

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
