using System.Net.Http.Headers;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Connections;

public sealed class EventsLogTests
{
    private const int FileSizeLimit = 8 * 1024;

    [Fact]
    public async Task TheEventsLogKeepsOpeningAndClosingAfterTheMainLogHasRolledThemAway()
    {
        await using var venue = await TestVenue.StartAsync(
            $"--Logs:FileSizeLimitBytes={FileSizeLimit}", "--Logs:RetainedFileCount=2",
            "--Connections:RefusalLogWindow=00:00:01");
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var ballot = await sitting.OpenAsync(PreparedSitting.FiveChooseThree);
        for (var deputy = 0; deputy < 3; deputy++) await sitting.MarkAsync(deputy, ballot, 0, 1, 2);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);

        // A flood: codes guessed from one address, and anonymous requests, each of which the request log records.
        using var laptop = FromAddress.Http(venue, FromAddress.Laptop);
        for (var i = 0; i < 300; i++)
        {
            using var guess = new HttpRequestMessage(HttpMethod.Get, "api/me");
            guess.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"WRONG-{i:0000}");
            (await laptop.SendAsync(guess)).Dispose();
            (await laptop.GetAsync("ca.crt")).Dispose();
        }
        await venue.StopAsync();

        var main = VenueLogs.MainFiles(venue);
        Assert.InRange(main.Length, 1, 2);
        // A file is closed once it has reached the limit, so it ends at most one line past it.
        Assert.All(main, f => Assert.InRange(new FileInfo(f).Length, 0, FileSizeLimit + 2048));
        Assert.DoesNotContain(VenueLogs.MainLines(venue), l => Template(l).Contains("opened with"));

        var events = VenueLogs.EventLines(venue).Select(Template).ToList();
        Assert.Contains(events, t => t.StartsWith("Ballot {BallotId} opened with", StringComparison.Ordinal));
        Assert.Contains(events, t => t.StartsWith("Ballot {BallotId} closed", StringComparison.Ordinal));
        Assert.Contains(events, t => t.StartsWith("Issued {Count} deputy credentials", StringComparison.Ordinal));
        Assert.DoesNotContain(events, t => t.StartsWith("Refused", StringComparison.Ordinal));
        Assert.DoesNotContain(events, t => t.StartsWith("HTTP", StringComparison.Ordinal));
    }

    private static string Template(System.Text.Json.JsonElement line) =>
        line.TryGetProperty("@mt", out var template) ? template.GetString() ?? "" : "";
}
