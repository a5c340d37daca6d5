using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;

namespace PeoplesCongress.VotingServer.Audit;

/// <summary>Who does a state change: the calling credential and its holder, and the address the call came from.</summary>
public sealed record Actor(int? CredentialId, Role? Role, string Name, string? Address)
{
    /// <summary>The server itself: the bootstrap credential, the demo sitting.</summary>
    public static readonly Actor Server = new(null, null, "服务器", null);

    public static Actor Of(Caller caller, HttpContext? http) =>
        new(caller.CredentialId, caller.Role, caller.Name, http?.Connection.RemoteIpAddress?.ToString());

    public ActorView ToView() => new(CredentialId, Role, Name);

    /// <summary>The caller of a request, or refuses when it has none (every write endpoint requires a credential).</summary>
    public static Actor From(HttpContext http) => Of(Caller.From(http.User), http);
}

/// <summary>
/// The actor of the current request, for the services a request uses. Read when the request's scope makes it, on the
/// request's own flow: the writes themselves run on the writer's thread, where there is no request to ask.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor accessor)
{
    public Actor Value { get; } =
        accessor.HttpContext is { User.Identity.IsAuthenticated: true } http ? Actor.From(http) : Actor.Server;
}
