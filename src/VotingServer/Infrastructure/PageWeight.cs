using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// How pages, modules and reads are sent over the hall's Wi-Fi (docs/performance.md, "Page weight"):
/// <list type="bullet">
/// <item>Compressed, Brotli or gzip as the browser asks: the answers to GET and HEAD alone (pages, styles, modules,
/// JSON reads, public notices). An answer to any other method is never compressed: those are the ones that carry a
/// new credential code (an issued staff code, a reissued card, a credential sheet, a viewer link) next to what the
/// caller sent, which is what a compression side channel (BREACH) needs (docs/security.md).</item>
/// <item>Cached by validator: every file carries an ETag and Last-Modified and is revalidated at each load
/// (no-cache), so an updated server is picked up at once and an unchanged file costs a 304; the vendored browser
/// libraries (SignalR client, QR decoder), which change only with a server upgrade, are kept a day without
/// asking.</item>
/// </list>
/// </summary>
public static class PageWeight
{
    /// <summary>The vendored libraries' folders: the pages' and the tablet app's.</summary>
    private static readonly PathString[] Vendored = ["/vendor", "/tablet/vendor"];

    /// <summary>How long a browser keeps a vendored library without revalidating it: a sitting's day.</summary>
    public const string VendoredCacheControl = "public, max-age=86400";

    public const string RevalidatedCacheControl = "no-cache";

    public static IServiceCollection AddPageWeight(this IServiceCollection services) => services
        // The hall's Wi-Fi, not the server's CPU, is what thousands of tablets loading at once run short of;
        // Optimal is Brotli's quality 4 and gzip's level 6, both cheap next to a TLS handshake.
        .Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal)
        .Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal)
        .AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes =
            [
                "text/html", "text/css", "text/javascript", "application/javascript", "application/json",
                "application/problem+json", "image/svg+xml",
            ];
        });

    /// <summary>
    /// Call before the static files and the endpoints. The hub's path is left out: its GETs are WebSocket upgrades
    /// (and long-polling reads) of thousands of tablets, which carry no page to compress and would each get a
    /// compressing wrapper for the life of the connection.
    /// </summary>
    public static IApplicationBuilder UsePageWeight(this IApplicationBuilder app) =>
        app.UseWhen(c => (HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method))
                && !HubRequests.Is(c),
            branch => branch.UseResponseCompression());

    /// <summary>The Cache-Control of a static file: a day for a vendored library, revalidation for the rest.</summary>
    public static void SetCacheControl(StaticFileResponseContext context)
    {
        var path = context.Context.Request.Path;
        context.Context.Response.Headers.CacheControl =
            Vendored.Any(v => path.StartsWithSegments(v)) ? VendoredCacheControl : RevalidatedCacheControl;
    }
}
