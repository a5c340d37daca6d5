using System.Net.WebSockets;
using System.Text;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>
/// A client WebSocket that hands every SignalR message it sends or receives, as the JSON text on the wire, to a
/// <see cref="WireLog"/>. SignalR's JSON protocol ends each message with the record separator 0x1E; a WebSocket
/// message may hold several, or arrive in parts.
/// </summary>
public sealed class RecordingWebSocket(ClientWebSocket inner, WireLog log) : WebSocket
{
    private const char RecordSeparator = '\u001e';
    private readonly MemoryStream sent = new();
    private readonly MemoryStream received = new();

    public override WebSocketCloseStatus? CloseStatus => inner.CloseStatus;
    public override string? CloseStatusDescription => inner.CloseStatusDescription;
    public override WebSocketState State => inner.State;
    public override string? SubProtocol => inner.SubProtocol;

    public override void Abort() => inner.Abort();

    public override Task CloseAsync(WebSocketCloseStatus status, string? description, CancellationToken ct) =>
        inner.CloseAsync(status, description, ct);

    public override Task CloseOutputAsync(WebSocketCloseStatus status, string? description, CancellationToken ct) =>
        inner.CloseOutputAsync(status, description, ct);

    public override void Dispose() => inner.Dispose();

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken ct)
    {
        var result = await inner.ReceiveAsync(buffer, ct);
        if (result.MessageType == WebSocketMessageType.Text)
            Keep(received, buffer.AsSpan(0, result.Count), result.EndOfMessage, WireDirection.Received);
        return result;
    }

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType type, bool endOfMessage, CancellationToken ct)
    {
        if (type == WebSocketMessageType.Text) Keep(sent, buffer, endOfMessage, WireDirection.Sent);
        return inner.SendAsync(buffer, type, endOfMessage, ct);
    }

    private void Keep(MemoryStream pending, ReadOnlySpan<byte> bytes, bool endOfMessage, WireDirection direction)
    {
        pending.Write(bytes);
        if (!endOfMessage) return;
        var text = Encoding.UTF8.GetString(pending.GetBuffer(), 0, (int)pending.Length);
        pending.SetLength(0);
        foreach (var message in text.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries)) log.Add(direction, message);
    }
}
