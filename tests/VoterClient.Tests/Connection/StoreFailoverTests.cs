using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.Connection;

/// <summary>
/// The server's database fails over while a deputy submits: the PostgreSQL primary stops at once and its synchronous
/// standby is promoted. The tablet stays connected; the server answers the cast with internal-error, the tablet keeps
/// it, says so calmly and sends it again by itself with the same cast id until it is recorded; it is counted once.
/// </summary>
[Collection(TabletCollection.Name)]
public sealed class StoreFailoverTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ACastTheServerCouldNotWriteGoesAgainByItselfAndIsCountedOnce()
    {
        await using var services = await LocalServices.StartAsync(standby: true);
        await using var venue = await TestVenue.StartAsync(TestVenue.OnPostgres(services));
        await using var sitting = await TabletSitting.CreateAsync(venue);
        var network = new HallNetwork();
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, network.AttachAsync);
        await tablet.SignInAsync(sitting);
        var ballot = await sitting.OpenSelectionAsync();
        await sitting.OthersVoteAsync(ballot);

        await tablet.StartBallotAsync(ballot.Title);
        await tablet.Project(ballot.Items[0].Name).CheckAsync();
        await services.KillPrimaryAsync();
        await tablet.ReviewAndSubmitAsync();
        await Expect(tablet.Page.GetByRole(Microsoft.Playwright.AriaRole.Status)
            .Filter(new() { HasText = "服务器正在恢复记录，您的选票已暂存在本机" })).ToBeVisibleAsync();
        await tablet.ScreenshotAsync("15-waiting-for-the-server-to-record");
        await Expect(tablet.Page.Locator("#connection")).ToHaveTextAsync("已连接");
        await services.PromoteStandbyAsync();

        await tablet.ExpectHeadingAsync("已提交");
        Assert.Null(await tablet.Page.EvaluateAsync<string?>("sessionStorage.getItem('pc.pendingCasts')"));
        // Sent more than once, always the same cast; one receipt, recorded once.
        Assert.True(network.Casts.Count >= 2, $"sent {network.Casts.Count} time(s)");
        Assert.Single(network.Casts.Distinct());
        var result = await sitting.CloseAsync(ballot);
        Assert.Equal((5, 5), (result.Issued, result.Returned));
        Assert.Equal([5, 0, 0, 0, 0], result.Items.Select(i => i.Votes));
    }
}
