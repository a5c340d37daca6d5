using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Hall;

/// <summary>
/// The hall's venue servers (<c>Venue:Servers</c>, base URLs in the order tablets try them). Empty means this server
/// alone. Their origins may call this server's API from a page loaded from another of them (CORS) and the pages may
/// connect to them (the content security policy's connect-src).
/// </summary>
public sealed class VenueServers
{
    public const string Section = "Venue";
    public const string CorsPolicy = "hall-servers";

    public VenueServers(IConfiguration configuration)
    {
        Configured = [.. (configuration.GetSection($"{Section}:Servers").Get<string[]>() ?? [])
            .Where(url => !string.IsNullOrWhiteSpace(url))
            .Select(Normalize)];
    }

    /// <summary>The configured base URLs, each as scheme://host[:port] without a trailing slash.</summary>
    public IReadOnlyList<string> Configured { get; }

    /// <summary>
    /// The list for a caller: the configured servers, with this server's own URL (as the caller reached it) put first
    /// when the configuration does not name it, so a server without configuration answers with itself.
    /// </summary>
    public ServerListView For(HttpRequest request)
    {
        var own = $"{request.Scheme}://{request.Host}";
        return Configured.Contains(own, StringComparer.OrdinalIgnoreCase)
            ? new ServerListView(Configured)
            : new ServerListView([own, .. Configured]);
    }

    /// <summary>The connect-src sources a page needs to reach the other servers: their HTTPS and WebSocket origins.</summary>
    public IEnumerable<string> ConnectSources() => Configured.SelectMany(url =>
    {
        var uri = new Uri(url);
        var socket = uri.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return (string[])[url, $"{socket}://{uri.Authority}"];
    });

    private static string Normalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new InvalidOperationException($"Venue:Servers: '{url}' is not an http(s) base URL.");
        return $"{uri.Scheme}://{uri.Authority}";
    }
}
