using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Caps the TCP connections of one client address, before TLS or HTTP cost anything: a socket over the cap is closed
/// at once, so that one laptop cannot hold every connection the server allows.
/// </summary>
public sealed class AddressConnectionLimit(IOptions<ConnectionLimitOptions> options, RefusalLog refusals)
{
    private readonly int limit = options.Value.Budget.PerAddress;
    private readonly KeyedCounter<IPAddress> open = new();

    public int OpenFrom(IPAddress address) => open[address];

    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        if (connection.RemoteEndPoint is not IPEndPoint { Address: var raw })
        {
            await next(connection);
            return;
        }
        var address = raw.IsIPv4MappedToIPv6 ? raw.MapToIPv4() : raw;
        if (!open.TryEnter(address, limit))
        {
            refusals.Count(address, ErrorCodes.TooManyConnections);
            connection.Abort();
            return;
        }
        try
        {
            await next(connection);
        }
        finally
        {
            open.Exit(address);
        }
    };
}
