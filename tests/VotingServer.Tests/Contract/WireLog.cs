using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Contract;

public enum WireDirection { Sent, Received }

/// <summary>The SignalR messages one connection sent and received, in order, as JSON.</summary>
public sealed class WireLog
{
    private readonly List<(WireDirection Direction, JsonObject Message)> messages = [];

    /// <summary>Makes a <see cref="PeoplesCongress.VoterClient.VenueConnection"/> speak through a recording WebSocket.</summary>
    public Action<IHubConnectionBuilder> Configure(string credentialCode, VenueTrust trust) => builder =>
        builder.Services.Configure<HttpConnectionOptions>(o => o.WebSocketFactory = async (context, ct) =>
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Authorization", "Bearer " + credentialCode);
            socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => trust.Accepts(certificate, errors);
            await socket.ConnectAsync(context.Uri, ct);
            return new RecordingWebSocket(socket, this);
        });

    public void Add(WireDirection direction, string json)
    {
        if (JsonNode.Parse(json) is JsonObject message)
            lock (messages) messages.Add((direction, message));
    }

    /// <summary>The last invocation of <paramref name="target"/> this side sent, and the completion that answered it.</summary>
    public (JsonObject Invocation, JsonObject Completion) Call(string target)
    {
        lock (messages)
        {
            var invocation = messages.Last(m => m.Direction == WireDirection.Sent && Is(m.Message, 1, target)).Message;
            var id = invocation["invocationId"]!.GetValue<string>();
            var completion = messages.Last(m => m.Direction == WireDirection.Received && Is(m.Message, 3, null)
                && m.Message["invocationId"]!.GetValue<string>() == id).Message;
            return (invocation, completion);
        }
    }

    /// <summary>The last push of <paramref name="target"/> received.</summary>
    public JsonObject Push(string target)
    {
        lock (messages) return messages.Last(m => m.Direction == WireDirection.Received && Is(m.Message, 1, target)).Message;
    }

    private static bool Is(JsonObject message, int type, string? target) =>
        message["type"]?.GetValue<int>() == type && (target is null || message["target"]?.GetValue<string>() == target);
}
