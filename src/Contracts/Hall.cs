namespace PeoplesCongress.Contracts;

/// <summary>
/// GET /api/servers: the base URLs of the hall's venue servers in configured order (<c>Venue:Servers</c>), this
/// server's own among them. A tablet keeps the list from its sign-in and moves to the next URL on a lost connection.
/// </summary>
public sealed record ServerListView(IReadOnlyList<string> Servers);
