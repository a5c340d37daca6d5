using System.Text.Json;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Https;

/// <summary>`--urls` with an http:// address alone starts the server, but warns loudly that HTTPS is off.</summary>
public sealed class HttpOnlyUrlsTests
{
    [Fact]
    public async Task AServerListeningOnPlainHttpAloneWarnsInItsLog()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var warnings = await StartAndReadLog(folder, "http://127.0.0.1:0");
            Assert.Contains(warnings, w => w.StartsWith(VotingServer.Https.HttpsOnly.NoHttpsWarning, StringComparison.Ordinal));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public async Task AServerWithAnHttpsAddressDoesNotWarn()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.DoesNotContain(await StartAndReadLog(folder, "http://127.0.0.1:0;https://127.0.0.1:0"),
                w => w.StartsWith(VotingServer.Https.HttpsOnly.NoHttpsWarning, StringComparison.Ordinal));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>Starts and stops the server, so that its log is complete on disk: the templates of its warnings.</summary>
    private static async Task<List<string>> StartAndReadLog(string folder, string urls)
    {
        var app = VenueApp.Build([$"--urls={urls}", $"--Data:Directory={folder}"]);
        await app.PrepareAsync();
        await app.StartAsync();
        Assert.NotEmpty(app.Urls);
        await app.StopAsync();
        await app.DisposeAsync();
        return [.. Directory.GetFiles(Path.Combine(folder, "logs"), "venue-*.log")
            .Where(f => !Path.GetFileName(f).StartsWith("venue-events-", StringComparison.Ordinal))
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.TryGetProperty("@l", out var level) && level.GetString() == "Warning")
            .Select(l => l.GetProperty("@mt").GetString()!)];
    }
}
