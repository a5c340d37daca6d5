using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.Connection;

/// <summary>Wi-Fi that drops during a cast: the ballot is neither lost nor counted twice, and the screen tells the truth.</summary>
[Collection(TabletCollection.Name)]
public sealed class ReconnectTests(BrowserFixture fixture, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task CastWhoseReceiptIsLostIsSentAgainWithTheSameCastIdAndCountedOnce()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        var network = new HallNetwork();
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, network.AttachAsync);
        await tablet.SignInAsync(sitting);
        var ballot = await sitting.OpenSelectionAsync();
        await sitting.OthersVoteAsync(ballot);

        await tablet.StartBallotAsync(ballot.Title);
        await tablet.Project(ballot.Items[1].Name).CheckAsync();
        await tablet.Project(ballot.Items[2].Name).CheckAsync();
        network.LoseNextReceipt();
        await tablet.ReviewAndSubmitAsync();

        await Expect(tablet.Page.Locator("#connection")).ToHaveTextAsync("网络连接中断，正在重新连接…");
        await Expect(tablet.Page.GetByRole(Microsoft.Playwright.AriaRole.Status).Filter(new() { HasText = "您的选票已暂存" })).ToBeVisibleAsync();
        await tablet.Context.SetOfflineAsync(true);
        await tablet.ScreenshotAsync("11-connection-lost");
        network.Down = false;
        await tablet.Context.SetOfflineAsync(false);

        await tablet.ExpectHeadingAsync("已提交");
        Assert.Equal(2, network.Casts.Count);
        Assert.Equal(network.Casts[0].CastId, network.Casts[1].CastId);
        Assert.Equal(network.Casts[0].Request, network.Casts[1].Request);
        // The lost receipt and the resend's carry the same tracking code, the one the tablet shows.
        var tracking = System.Text.Json.JsonDocument.Parse(network.Receipts[0]).RootElement.GetProperty("trackingCode").GetString();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", tracking);
        Assert.Equal(
            [$$"""{"ballotId":{{ballot.Id}},"duplicate":false,"trackingCode":"{{tracking}}"}""",
                $$"""{"ballotId":{{ballot.Id}},"duplicate":true,"trackingCode":"{{tracking}}"}"""],
            network.Receipts);
        await Expect(tablet.Page.Locator(".tracking-code")).ToHaveTextAsync(tracking!);
        Assert.Null(await tablet.Page.EvaluateAsync<string?>("sessionStorage.getItem('pc.pendingCasts')"));

        var result = await sitting.CloseAsync(ballot);
        Assert.Equal((5, 5), (result.Issued, result.Returned));
        Assert.Equal([4, 1, 1, 0, 0], result.Items.Select(i => i.Votes));
        await Expect(tablet.Page.Locator(".announcement")).ToHaveTextAsync(result.Announcement);
    }

    [Fact]
    public async Task CastMadeWithoutNetworkSurvivesAReloadIsSentOnceAndStaysSubmitted()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        var network = new HallNetwork();
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, network.AttachAsync);
        await tablet.SignInAsync(sitting);
        var motion = await sitting.OpenAsync(TabletSitting.Motion);
        await tablet.StartBallotAsync(motion.Title);
        await tablet.ChooseAsync(motion.Title, "赞成");
        await tablet.Button("下一步：核对选票").ClickAsync();

        network.Down = true;
        await GoOfflineAsync(tablet);
        await tablet.Button("确认提交").ClickAsync();
        await Expect(tablet.Page.GetByText("您的选票已暂存在本机")).ToBeVisibleAsync();
        await tablet.ScreenshotAsync("12-cast-waiting-for-network");
        Assert.Empty(network.Casts);

        // The page comes back before the hub does: the cast waits in sessionStorage through the reload.
        await tablet.Context.SetOfflineAsync(false);
        await tablet.Page.ReloadAsync();
        await Expect(tablet.Page.Locator("#connection")).ToHaveTextAsync("网络连接中断，正在重新连接…");
        network.Down = false;
        await tablet.ExpectHeadingAsync("已提交");
        Assert.Single(network.Casts);
        Assert.Null(await tablet.Page.EvaluateAsync<string?>("sessionStorage.getItem('pc.pendingCasts')"));

        await tablet.Page.ReloadAsync();
        await Expect(tablet.BallotCard(motion.Title)).ToContainTextAsync("已提交");
        await Expect(tablet.Button("开始表决")).ToHaveCountAsync(0);
        var result = await sitting.CloseAsync(motion);
        Assert.Equal((5, 1, 1), (result.Issued, result.Returned, result.Items[0].Votes));
    }

    [Fact]
    public async Task CastWaitingWhenTheCredentialIsRevokedIsNeverSentUnderTheNextDeputy()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        var network = new HallNetwork();
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, network.AttachAsync);
        await tablet.SignInAsync(sitting);
        var motion = await sitting.OpenAsync(TabletSitting.Motion);
        await tablet.StartBallotAsync(motion.Title);
        await tablet.ChooseAsync(motion.Title, "弃权");
        await tablet.Button("下一步：核对选票").ClickAsync();
        network.Down = true;
        await GoOfflineAsync(tablet);
        await tablet.Button("确认提交").ClickAsync();
        await Expect(tablet.Page.GetByText("您的选票已暂存在本机")).ToBeVisibleAsync();

        await sitting.Setup.Secretariat.RevokeCredentialAsync(sitting.Setup.SittingId, TabletSitting.Number);
        await tablet.Context.SetOfflineAsync(false);
        await Expect(tablet.Alert).ToHaveTextAsync("该凭证已作废（可能已补发新凭证），请联系大会秘书处。");
        network.Down = false;
        // The ballot is open and deputy 002 has not returned it: the presidium confirms the reissue first.
        await sitting.Setup.ConfirmedAsync(new(ConfirmationAct.DeputyReissue, "代表证遗失，本人到场", DeputyNumber: PreparedSitting.Number(1)));
        var next = await sitting.Setup.Secretariat.ReissueCredentialAsync(sitting.Setup.SittingId, PreparedSitting.Number(1));
        await tablet.SignInByCodeAsync(next.Code);
        await tablet.ExpectSignedInAsync("测试002", PreparedSitting.Number(1));

        await Expect(tablet.BallotCard(motion.Title).GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "开始表决" })).ToBeVisibleAsync();
        Assert.Empty(network.Casts);
        Assert.Null(await tablet.Page.EvaluateAsync<string?>("sessionStorage.getItem('pc.pendingCasts')"));
    }

    /// <summary>Takes the tablet off the network and waits until it says so: what it does next, it does offline.</summary>
    private static async Task GoOfflineAsync(Tablet tablet)
    {
        await tablet.Context.SetOfflineAsync(true);
        await Expect(tablet.Page.Locator("#connection")).ToHaveTextAsync("网络连接中断，正在重新连接…");
    }
}
