using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// The bare path the venue server is measured against: SignalR on Kestrel with one hub method that appends the
/// ballot to SQLite (WAL, synchronous=FULL, group commit) and acks. No credentials, no validation, no issuance,
/// no secrecy. It lives here, never in the product.
/// </summary>
internal static class BareServer
{
    /// <summary>The first argument that makes this program run the bare path instead of a scenario.</summary>
    public const string Command = "bare-server";

    public static WebApplication Build(int port, string dataDirectory)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [$"--urls=http://127.0.0.1:{port}"], ContentRootPath = dataDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        builder.Services.AddSingleton(new BareWriter(Path.Combine(dataDirectory, "bare.db")));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BareWriter>());
        var app = builder.Build();
        // The tablets' own client connects to the same path as on the venue server.
        app.MapHub<BareHub>(VenueHubProtocol.Path);
        return app;
    }

    /// <summary>`bare-server PORT DATA`: what the generator starts as a child process.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(int.Parse(args[1]), args[2]);
        await app.RunAsync();
        return 0;
    }
}
