using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// The open hub connections and the credential of each, so that revoking a credential ends them. One entry per
/// connection: revocations are rare and look through all of them (10,000 in well under a millisecond), where a
/// dictionary per credential cost about a kilobyte for each connected tablet.
/// </summary>
public sealed class HubSessions
{
    private readonly ConcurrentDictionary<string, (int CredentialId, HubCallerContext Context)> open = new();

    internal void Add(int credentialId, HubCallerContext context) => open[context.ConnectionId] = (credentialId, context);

    internal void Remove(string connectionId) => open.TryRemove(connectionId, out _);

    internal void End(IEnumerable<int> credentialIds)
    {
        var ending = credentialIds.ToHashSet();
        foreach (var (connectionId, session) in open)
        {
            if (ending.Contains(session.CredentialId) && open.TryRemove(connectionId, out _)) session.Context.Abort();
        }
    }
}

/// <summary>
/// Keeps <see cref="HubSessions"/> and checks, at connect and at every hub call, that the caller's credential has
/// not been revoked since the connection was authenticated.
/// </summary>
public sealed class CredentialSessionFilter(CredentialDirectory directory, HubSessions sessions) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var credentialId = Caller.From(context.Context.User).CredentialId;
        sessions.Add(credentialId, context.Context);
        // Registered first, checked second: a revocation either finds this session or is seen here.
        if (!directory.IsValid(credentialId))
        {
            sessions.Remove(context.Context.ConnectionId);
            context.Context.Abort();
            return;
        }
        await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        sessions.Remove(context.Context.ConnectionId);
        return next(context, exception);
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next) =>
        directory.IsValid(Caller.From(context.Context.User).CredentialId) ? next(context) : throw VenueErrors.CredentialRevoked();
}
