using System.Text;
using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>
/// Hub cases of one worker: every method of the hub schema with fuzzed arguments, a deputy's for the deputy's
/// methods and the presidium's for the staff's, over raw connections that are opened again when the server closes them.
/// </summary>
public sealed class HubCases(TestVenue venue, FuzzTargets targets, int worker) : IAsyncDisposable
{
    /// <summary>SignalR's default limit on one incoming message; a longer one closes the connection.</summary>
    private const int MaximumMessage = 32 * 1024;

    private const int MaximumDepth = 64;

    private readonly Dictionary<string, RawHub> connections = [];

    public static IReadOnlyList<string> Methods(JsonNode hubSchema) =>
        [.. hubSchema["methods"]!.AsObject().Select(m => m.Key).Order(StringComparer.Ordinal)];

    public async Task<FuzzOutcome> RunAsync(string method, Random random)
    {
        var arguments = targets.HubSchema["methods"]![method]!["arguments"]!.AsArray();
        var fuzzer = new JsonFuzzer(random, targets.HubSchema, targets.HubIds);
        var count = arguments.Count + random.Next(10) switch { 0 => -1, 1 => 1, _ => 0 };
        var values = Enumerable.Range(0, Math.Max(0, count))
            .Select(i => fuzzer.Value(i < arguments.Count ? arguments[i]!["schema"] : null));
        var json = "[" + string.Join(',', values) + "]";
        var credential = method == VenueHubProtocol.WatchSitting
            ? targets.Callers.Codes[CallerKind.Presidium]!
            : targets.HubSitting.Codes[PreparedSitting.Number(worker % targets.HubSitting.Codes.Count)];
        var hub = await ConnectionAsync(credential);
        var outcome = await hub.InvokeAsync(method, json);
        var shown = json.Length > 200 ? $"{json[..120]}… ({json.Length} chars)" : json;
        if (outcome.Closed)
        {
            await hub.DisposeAsync();
            connections.Remove(credential);
            // The framework closes a connection whose message passes its size limit or nests deeper than its JSON reader
            // reads (64); anything else is a finding.
            var beyondLimits = Encoding.UTF8.GetByteCount(json) > MaximumMessage - 256 || Depth(json) > MaximumDepth;
            return new FuzzOutcome(method, "closed",
                beyondLimits ? null : $"{method}({shown}): the server closed the connection ({outcome.Error})");
        }
        if (outcome.Error is null) return new FuzzOutcome(method, "result", null);
        // Without a bracketed code the hub could not bind the arguments (docs/protocol.md, "the error string").
        if (!HubErrorFormat.TryParse(outcome.Error, out var code, out _)) return new FuzzOutcome(method, "unbound", null);
        return new FuzzOutcome(method, code, code == ErrorCodes.Internal ? $"{method}({shown}): {outcome.Error}" : null);
    }

    /// <summary>How deep arrays and objects nest in <paramref name="json"/>, counting the message object around them.</summary>
    private static int Depth(string json)
    {
        var (depth, deepest, inString) = (1, 1, false);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c is '[' or '{') deepest = Math.Max(deepest, ++depth);
            else if (c is ']' or '}') depth--;
        }
        return deepest;
    }

    private async Task<RawHub> ConnectionAsync(string credential)
    {
        if (connections.TryGetValue(credential, out var open) && open.IsOpen) return open;
        if (open is not null) await open.DisposeAsync();
        return connections[credential] = await RawHub.ConnectAsync(venue.Url, credential);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections.Values) await connection.DisposeAsync();
    }
}
