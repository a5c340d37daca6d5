using System.Collections.Concurrent;
using System.Net.Http;
using System.Net.WebSockets;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.LoadTests;

/// <summary>Errors the tablets met, counted by where (connect, cast, …) and by the server's code or the failure's kind.</summary>
internal sealed class ErrorTally
{
    private readonly ConcurrentDictionary<string, int> counts = new();

    public int Total => counts.Values.Sum();

    public void Add(string where, Exception error) => counts.AddOrUpdate($"{where}: {Code(error)}", 1, (_, n) => n + 1);

    /// <summary>Counts of another tally (a generator worker's), by the same keys.</summary>
    public void Add(IReadOnlyDictionary<string, int> other)
    {
        foreach (var (key, count) in other) counts.AddOrUpdate(key, count, (_, n) => n + count);
    }

    public SortedDictionary<string, int> Snapshot() => new(counts, StringComparer.Ordinal);

    /// <summary>
    /// The venue's own code where it gave one; a refused WebSocket upgrade carries only its status (503 is the
    /// connection limit, <c>server-full</c>); otherwise what kind of failure it was.
    /// </summary>
    public static string Code(Exception error) => error switch
    {
        VenueException venue => venue.Code,
        WebSocketException ws when ws.Message.Contains("'503'", StringComparison.Ordinal) => "server-full (503)",
        WebSocketException ws => $"websocket {ws.WebSocketErrorCode}",
        HttpRequestException http => $"http {http.HttpRequestError}",
        TimeoutException => "timeout",
        OperationCanceledException => "canceled",
        InvalidOperationException => "connection not active",
        IOException => "connection lost",
        _ => error.GetType().Name,
    };
}
