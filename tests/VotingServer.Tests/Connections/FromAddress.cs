using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Connections;

/// <summary>
/// Clients whose sockets come from another loopback address (127.0.0.2, 127.0.0.3…), so that the server sees them as
/// another device in the hall, as a laptop beside the tablets would be.
/// </summary>
public static class FromAddress
{
    public static readonly IPAddress Tablets = IPAddress.Loopback;
    public static readonly IPAddress Laptop = IPAddress.Parse("127.0.0.2");
    public static readonly IPAddress Guesser = IPAddress.Parse("127.0.0.3");

    /// <summary>A handler whose sockets come from <paramref name="local"/>, trusting the venue's CA.</summary>
    public static SocketsHttpHandler Handler(TestVenue venue, IPAddress local)
    {
        var handler = venue.Trust.CreateHandler();
        handler.ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
        return handler;
    }

    public static HttpClient Http(TestVenue venue, IPAddress local) => new(Handler(venue, local)) { BaseAddress = venue.Url };

    /// <summary>A TCP connection to the server that sends nothing; null when the server closed it while it opened.</summary>
    public static async Task<Socket?> IdleSocketAsync(TestVenue venue, IPAddress local)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(local, 0));
            await socket.ConnectAsync(IPAddress.Loopback, venue.Url.Port);
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    /// <summary>Completes when the server has closed or reset the socket.</summary>
    public static async Task ClosedByServer(Socket socket)
    {
        var buffer = new byte[64];
        try
        {
            while (await socket.ReceiveAsync(buffer) > 0) { }
        }
        catch (SocketException)
        {
        }
    }

    /// <summary>A hub connection (the tablet's client) whose WebSocket comes from <paramref name="local"/>.</summary>
    public static VenueConnection Tablet(TestVenue venue, string code, IPAddress local) =>
        new(venue.Url, code, trust: venue.Trust, configure: builder => builder.Services.Configure<HttpConnectionOptions>(o =>
            o.WebSocketFactory = async (context, ct) =>
            {
                var socket = new ClientWebSocket();
                socket.Options.SetRequestHeader("Authorization", $"Bearer {code}");
                await socket.ConnectAsync(context.Uri, new HttpMessageInvoker(Handler(venue, local)), ct);
                return socket;
            }));

    public static async Task<VenueConnection> SignInAsync(TestVenue venue, string code, IPAddress local)
    {
        var tablet = Tablet(venue, code, local);
        try
        {
            await tablet.SignInAsync();
            return tablet;
        }
        catch
        {
            await tablet.DisposeAsync();
            throw;
        }
    }
}
