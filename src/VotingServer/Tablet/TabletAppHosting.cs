using Microsoft.Extensions.FileProviders;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tablet;

/// <summary>
/// Serves the deputies' tablet app (src/VoterClient/TabletApp, copied beside the server's binary at build) at
/// /tablet/, compressed and cached as every page is (<see cref="PageWeight"/>). Call it before the pages' static files.
/// </summary>
public static class TabletAppHosting
{
    public const string RequestPath = "/tablet";

    public static WebApplication UseTabletApp(this WebApplication app)
    {
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "tablet"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = RequestPath,
            OnPrepareResponse = PageWeight.SetCacheControl,
        });
        return app;
    }
}
