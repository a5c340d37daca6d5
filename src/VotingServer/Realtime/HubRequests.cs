using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// Requests to the venue hub: WebSocket upgrades (and long-polling reads) that last as long as a tablet is connected.
/// The middleware meant for pages and API calls (the request log, error pages, compression) leaves them out.
/// </summary>
public static class HubRequests
{
    public static bool Is(HttpContext context) => context.Request.Path.StartsWithSegments(VenueHubProtocol.Path);
}
