using System.Security.Cryptography;
using System.Text;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Hall;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Https;

/// <summary>
/// The same protective headers on every response, pages, modules, API JSON, errors and files alike: only this
/// server's own scripts run (a credential in storage stays there), no page can be framed, no address leaks in a
/// Referer, and a browser that reached the server over HTTPS keeps to HTTPS for a day.
/// </summary>
public static class SecurityHeaders
{
    // A day: long enough to hold through a sitting, short enough that a venue changing its set-up is not locked out.
    private const string StrictTransportSecurity = "max-age=86400";

    /// <summary>
    /// Scripts, styles and connections from this origin alone; images may be data (QR codes) or blob (the camera),
    /// as may media. The server-rendered pages keep their one style block inline, allowed by its hash: the credential
    /// sheet opens as a blob: document, which has no path for a stylesheet link.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; " +
        $"style-src 'self' {Hashes(CaPage.Style, CredentialSheet.Style, NoticesApi.Style)}; " +
        "img-src 'self' data: blob:; media-src 'self' blob: mediastream:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// The policy with the hall's other servers added to connect-src, so a page loaded from one server can move its
    /// hub and API calls to another (<see cref="VenueServers"/>).
    /// </summary>
    public static string PolicyConnectingTo(IEnumerable<string> sources)
    {
        var extra = string.Join(' ', sources.Distinct());
        return extra.Length == 0 ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("connect-src 'self';", $"connect-src 'self' {extra};", StringComparison.Ordinal);
    }

    /// <summary>Call first, so that the headers are on whatever answers: a page, a file, a redirect or an error.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = PolicyConnectingTo(app.ApplicationServices.GetRequiredService<VenueServers>().ConnectSources());
        return app.Use((context, next) =>
        {
            // At the start of the response, since the exception handler clears headers set before it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static string Hashes(params string[] styles) =>
        string.Join(' ', styles.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'"));
}
