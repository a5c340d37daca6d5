using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

namespace PeoplesCongress.VotingServer.Tablet;

/// <summary>
/// Serves the deputies' tablet app (src/VoterClient/TabletApp, copied beside the server's binary at build) at
/// /tablet/. Compressed, since thousands of tablets load it over the hall's Wi-Fi at once, and so is what it loads from
/// the pages' files (the browser foundation at /js/common/, the SignalR client at /vendor/); revalidated on every
/// load, so an updated server is picked up without clearing caches. Call it before the pages' static files.
/// </summary>
public static class TabletAppHosting
{
    public const string RequestPath = "/tablet";

    private static readonly PathString[] CompressedPaths = [RequestPath, "/js/common", "/vendor"];

    // Only the app's own scripts run, and they talk to this server alone: a credential in localStorage stays there.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static IServiceCollection AddTabletApp(this IServiceCollection services) => services
        // The hall's Wi-Fi, not the server's CPU, is what thousands of tablets loading at once run short of.
        .Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal)
        .AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript"];
        });

    public static WebApplication UseTabletApp(this WebApplication app)
    {
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "tablet"));
        app.UseWhen(c => CompressedPaths.Any(p => c.Request.Path.StartsWithSegments(p)), branch => branch.UseResponseCompression());
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = RequestPath,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = "no-cache";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            },
        });
        return app;
    }
}
