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
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
