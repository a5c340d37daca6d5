using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PeoplesCongress.VoterClient.Tests.Connection;

/// <summary>
/// The hall's Wi-Fi between one tablet and the hub, played by routing the page's WebSocket through the test: it can
/// lose the answer to a cast (the server has recorded it, the tablet never hears so) and refuse connections while down.
/// </summary>
public sealed class HallNetwork
{
    private volatile bool down;
    private volatile bool loseNextReceipt;

    /// <summary>Every Cast the tablet sent, in order, as (castId, the CastRequest's JSON).</summary>
    public List<(string CastId, string Request)> Casts { get; } = [];

    /// <summary>Every receipt the server sent, as its JSON.</summary>
    public List<string> Receipts { get; } = [];

    public bool Down { set => down = value; }

    /// <summary>The next receipt is dropped on its way and the socket closed, as when Wi-Fi fails at that moment.</summary>
    public void LoseNextReceipt() => loseNextReceipt = true;

    public Task AttachAsync(IPage page) => page.RouteWebSocketAsync(new Regex("/hubs/venue"), tablet =>
    {
        if (down)
        {
            tablet.CloseAsync();
            return;
        }
        var server = tablet.ConnectToServer();
        tablet.OnMessage(frame =>
        {
            foreach (var cast in Messages(frame.Text).Where(m => m.TryGetProperty("target", out var t) && t.GetString() == "Cast"))
            {
                var request = cast.GetProperty("arguments")[0];
                lock (Casts) Casts.Add((request.GetProperty("castId").GetString()!, request.GetRawText()));
            }
            Forward(frame, server);
        });
        server.OnMessage(frame =>
        {
            var receipts = Messages(frame.Text)
                .Select(m => m.TryGetProperty("result", out var result) ? result : default)
                .Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("duplicate", out _)).ToList();
            if (receipts.Count > 0)
            {
                lock (Receipts) Receipts.AddRange(receipts.Select(r => r.GetRawText()));
                if (loseNextReceipt)
                {
                    loseNextReceipt = false;
                    down = true;
                    tablet.CloseAsync();
                    return;
                }
            }
            Forward(frame, tablet);
        });
    });

    private static void Forward(IWebSocketFrame frame, IWebSocketRoute to)
    {
        if (frame.Text is { } text) to.Send(text);
        else if (frame.Binary is { } binary) to.Send(binary);
    }

    /// <summary>SignalR's JSON protocol: messages end with the record separator 0x1E, several may share a frame.</summary>
    private static IEnumerable<JsonElement> Messages(string? frame) =>
        (frame ?? "").Split('\u001e', StringSplitOptions.RemoveEmptyEntries).Select(text => JsonDocument.Parse(text).RootElement);
}
