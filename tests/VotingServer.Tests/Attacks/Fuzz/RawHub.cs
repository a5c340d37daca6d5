using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>
/// The hub's JSON protocol written by hand over one WebSocket, so that arguments can be anything at all. One
/// invocation at a time; pushes and pings in between are skipped.
/// </summary>
public sealed class RawHub : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket socket = new();
    private readonly StringBuilder pending = new();
    private int nextId;

    /// <summary>What became of one invocation: its result or error text, or that the server closed the connection.</summary>
    public sealed record Outcome(bool Closed, string? Error, string? Result);

    public static async Task<RawHub> ConnectAsync(Uri server, string credential)
    {
        var hub = new RawHub();
        hub.socket.Options.SetRequestHeader("Authorization", "Bearer " + credential);
        // The tests' server certificate is issued by the venue's own CA; this client talks only to 127.0.0.1.
        hub.socket.Options.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        var url = new UriBuilder(new Uri(server, VenueHubProtocol.Path)) { Scheme = server.Scheme == "https" ? "wss" : "ws" }.Uri;
        await hub.socket.ConnectAsync(url, CancellationToken.None);
        await hub.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        var handshake = await hub.ReceiveAsync();
        if (handshake is null || handshake.Contains("error")) throw new InvalidOperationException($"Hub handshake failed: {handshake}");
        return hub;
    }

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>Invokes <paramref name="method"/> with <paramref name="argumentsJson"/>, the JSON array of arguments as text.</summary>
    public async Task<Outcome> InvokeAsync(string method, string argumentsJson)
    {
        var id = $"{++nextId}";
        try
        {
            var target = JsonSerializer.Serialize(method);
            await SendAsync($"{{\"type\":1,\"invocationId\":\"{id}\",\"target\":{target},\"arguments\":{argumentsJson}}}");
            while (await ReceiveAsync() is { } message)
            {
                using var document = JsonDocument.Parse(message);
                var root = document.RootElement;
                var type = root.GetProperty("type").GetInt32();
                if (type == 7) return new Outcome(true, root.TryGetProperty("error", out var why) ? why.GetString() : null, null);
                if (type != 3 || root.GetProperty("invocationId").GetString() != id) continue;
                return root.TryGetProperty("error", out var error)
                    ? new Outcome(false, error.GetString(), null)
                    : new Outcome(false, null, root.TryGetProperty("result", out var result) ? result.GetRawText() : "");
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            return new Outcome(true, ex.Message, null);
        }
        return new Outcome(true, null, null);
    }

    private Task SendAsync(string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message + Separator), WebSocketMessageType.Text, true, Timeout().Token);

    /// <summary>The next message, or null once the server has closed the connection.</summary>
    private async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(Separator);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                return text[..end];
            }
            using var bytes = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, Timeout().Token);
                if (received.MessageType == WebSocketMessageType.Close) return null;
                bytes.Write(buffer, 0, received.Count);
            } while (!received.EndOfMessage);
            pending.Append(Encoding.UTF8.GetString(bytes.ToArray()));
        }
    }

    private static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(60));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, Timeout().Token);
        }
        catch (WebSocketException) { }
        socket.Dispose();
    }
}
