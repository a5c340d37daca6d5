using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>
/// Recorded JSON as protocol.md shows it: indented, with the values that differ on every run (times, trace ids,
/// credential codes, tracking codes, hashes) replaced by fixed placeholders, so the examples only change when the protocol does.
/// </summary>
public static partial class ExampleJson
{
    private const int Width = 110;
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Each object or array on one line when it fits in <see cref="Width"/> columns, else one member a line.</summary>
    public static string Format(JsonNode node)
    {
        var text = new StringBuilder();
        Write(text, node, 0, "");
        return Normalise(text.ToString());
    }

    private static void Write(StringBuilder text, JsonNode? node, int depth, string prefix)
    {
        var compact = node?.ToJsonString(Compact) ?? "null";
        var indent = new string(' ', 2 * depth);
        if (node is not (JsonObject or JsonArray) || indent.Length + prefix.Length + compact.Length <= Width)
        {
            text.Append(indent).Append(prefix).Append(compact);
            return;
        }
        var (open, close, members) = node is JsonObject o
            ? ('{', '}', o.Select(m => (JsonSerializer.Serialize(m.Key, Compact) + ": ", m.Value)).ToList())
            : ('[', ']', node.AsArray().Select(v => ("", v)).ToList());
        text.Append(indent).Append(prefix).Append(open).Append('\n');
        for (var i = 0; i < members.Count; i++)
        {
            Write(text, members[i].Item2, depth + 1, members[i].Item1);
            text.Append(i < members.Count - 1 ? ",\n" : "\n");
        }
        text.Append(indent).Append(close);
    }

    private static string Normalise(string json)
    {
        json = Time().Replace(json, "2026-11-26T09:30:00+00:00");
        json = TraceId().Replace(json, "00-00000000000000000000000000000000-0000000000000000-00");
        json = CredentialCode().Replace(json, "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX");
        json = TrackingCode().Replace(json, "XXXX-XXXX");
        return Sha256().Replace(json, new string('0', 64));
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Time();

    [GeneratedRegex("""(?<="trackingCode": ?")[0-9A-Z]{4}-[0-9A-Z]{4}(?=")""")]
    private static partial Regex TrackingCode();

    [GeneratedRegex("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")]
    private static partial Regex TraceId();

    [GeneratedRegex(@"\b[0-9A-Z]{4}(-[0-9A-Z]{4}){5}-[0-9A-Z]{2}\b")]
    private static partial Regex CredentialCode();

    [GeneratedRegex(@"\b[0-9a-f]{64}\b")]
    private static partial Regex Sha256();
}
