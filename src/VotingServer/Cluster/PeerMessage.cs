using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeoplesCongress.VotingServer.Cluster;

/// <summary>
/// What the servers of a hall say to one another about box keys, as JSON on one Redis channel:
/// <list type="bullet">
/// <item><c>hello</c>: a server process (<see cref="From"/>, a random id per start) announces its one-off exchange
/// key, signed with the hall's server signing key, so that only a server holding that key is handed box keys;</item>
/// <item><c>key</c>: a box key wrapped for one server's exchange key (<see cref="To"/>);</item>
/// <item><c>closed</c>: a ballot was counted; every server disposes of its copy of the key.</item>
/// </list>
/// </summary>
public sealed record PeerMessage(
    string Type, string From, string? To = null, int Ballot = 0, string? ExchangeKey = null, string? Signature = null,
    string? EphemeralKey = null, string? Wrapped = null)
{
    public const string Hello = "hello";
    public const string Key = "key";
    public const string Closed = "closed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The text a hello's signature covers.</summary>
    public static string HelloText(string instance, string exchangeKey) => $"peoplescongress-peer-1\n{instance}\n{exchangeKey}";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A message read from the channel; null for anything that is not one (never an exception).</summary>
    public static PeerMessage? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<PeerMessage>(json, Json) is { Type: not null, From: not null } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
