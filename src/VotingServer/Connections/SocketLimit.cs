using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Caps the TCP connections of every kind, hub WebSockets included, from open to close: in all, so that the sockets
/// never take the files the database and the logs need, and per client address, so that one laptop cannot hold every
/// connection the server allows. A socket over a cap is closed at once, before TLS or HTTP cost anything.
/// </summary>
public sealed class SocketLimit(IOptions<ConnectionLimitOptions> options, RefusalLog refusals)
{
    private readonly int limit = options.Value.Budget.Connections;
    private readonly int perAddress = options.Value.Budget.PerAddress;
    private readonly KeyedCounter<IPAddress> byAddress = new();
    private int open;

    public int Open => Volatile.Read(ref open);

    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        var address = connection.RemoteEndPoint is IPEndPoint { Address: var raw }
            ? raw.IsIPv4MappedToIPv6 ? raw.MapToIPv4() : raw
            : IPAddress.None;
        if (Interlocked.Increment(ref open) > limit)
        {
            Interlocked.Decrement(ref open);
            Refuse(connection, address, ErrorCodes.ServerFull);
            return;
        }
        if (!byAddress.TryEnter(address, perAddress))
        {
            Interlocked.Decrement(ref open);
            Refuse(connection, address, ErrorCodes.TooManyConnections);
            return;
        }
        try
        {
            await next(connection);
        }
        finally
        {
            byAddress.Exit(address);
            Interlocked.Decrement(ref open);
        }
    };

    private void Refuse(ConnectionContext connection, IPAddress address, string code)
    {
        refusals.Count(address, code);
        connection.Abort();
    }
}
