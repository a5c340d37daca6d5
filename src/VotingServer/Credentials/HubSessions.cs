using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>The open hub connections of each credential, so that revoking a credential ends them.</summary>
public sealed class HubSessions
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, HubCallerContext>> open = new();

    internal void Add(int credentialId, HubCallerContext context) =>
        open.GetOrAdd(credentialId, _ => new()).TryAdd(context.ConnectionId, context);

    internal void Remove(int credentialId, string connectionId)
    {
        if (open.TryGetValue(credentialId, out var connections)) connections.TryRemove(connectionId, out _);
    }

    internal void End(IEnumerable<int> credentialIds)
    {
        foreach (var id in credentialIds)
        {
            if (!open.TryRemove(id, out var connections)) continue;
            foreach (var context in connections.Values) context.Abort();
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
        var credentialId = Caller.CredentialIdOf(context.Context.User);
        sessions.Add(credentialId, context.Context);
        // Registered first, checked second: a revocation either finds this session or is seen here.
        if (!directory.IsValid(credentialId))
        {
            sessions.Remove(credentialId, context.Context.ConnectionId);
            context.Context.Abort();
            return;
        }
        await next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        sessions.Remove(Caller.CredentialIdOf(context.Context.User), context.Context.ConnectionId);
        return next(context, exception);
    }

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next) =>
        directory.IsValid(Caller.CredentialIdOf(context.Context.User)) ? next(context) : throw VenueErrors.CredentialRevoked();
}
