using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.VotingServer;
using PeoplesCongress.VotingServer.Credentials;

namespace PeoplesCongress.LoadTests;

/// <summary>A server in the generator's own process, on a temp data folder: its RSS and CPU include the generator's.</summary>
internal sealed class InProcessServer(WebApplication app, string dataDirectory, string? secretariatCode, string description)
    : IServerUnderTest
{
    public string Description => description;
    public Uri Url { get; } = new(app.Urls.Single());
    public string? SecretariatCode => secretariatCode;
    public ProcessStats Stats => ProcessStats.Self;
    public string? Failure => null;
    public int? ErrorsLogged => ServerLog.ErrorsIn(dataDirectory);

    public static async Task<InProcessServer> StartVenueAsync()
    {
        var data = TempData.NewDirectory("venue");
        // Warning keeps the console readable; nothing on the measured paths logs below it anyway.
        var app = VenueApp.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Data:Directory={data}", "--Serilog:MinimumLevel:Default=Warning",
            .. LoadServerSettings.OneAddress,
        ]);
        await app.PrepareAsync();
        await app.StartAsync();
        var code = app.Services.GetRequiredService<BootstrapCredential>().Code;
        return new InProcessServer(app, data, code, "VotingServer in the generator's process");
    }

    public static async Task<InProcessServer> StartBareAsync()
    {
        var data = TempData.NewDirectory("bare");
        var app = BareServer.Build(port: 0, data);
        await app.StartAsync();
        return new InProcessServer(app, data, null, "bare path in the generator's process");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        TempData.Delete(dataDirectory);
    }
}
