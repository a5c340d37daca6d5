using System.Text.Json;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Connections;

/// <summary>The server's log files as written on disk: the main log and the events log, read line by line.</summary>
public static class VenueLogs
{
    public static string[] MainFiles(TestVenue venue) =>
        Directory.GetFiles(venue.LogDirectory, "venue-*.log").Where(f => !IsEvents(f)).ToArray();

    public static string[] EventsFiles(TestVenue venue) => Directory.GetFiles(venue.LogDirectory, "venue-events-*.log");

    public static List<JsonElement> MainLines(TestVenue venue) => Read(MainFiles(venue));

    public static List<JsonElement> EventLines(TestVenue venue) => Read(EventsFiles(venue));

    public static long Bytes(TestVenue venue) => Directory.GetFiles(venue.LogDirectory).Sum(f => new FileInfo(f).Length);

    /// <summary>The refusal summaries for one address and code: (count, and how many lines said it).</summary>
    public static (int Count, int Lines) Refused(IEnumerable<JsonElement> lines, string address, string code)
    {
        var matching = lines.Where(l => l.TryGetProperty("Code", out var c) && c.GetString() == code
            && l.TryGetProperty("Address", out var a) && a.GetString() == address).ToList();
        return (matching.Sum(l => l.GetProperty("Count").GetInt32()), matching.Count);
    }

    private static bool IsEvents(string path) => Path.GetFileName(path).StartsWith("venue-events-", StringComparison.Ordinal);

    private static List<JsonElement> Read(IEnumerable<string> files) =>
        files.SelectMany(File.ReadAllLines).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
}
