using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// While a ballot is open the secretariat sees 已投/应投 on its agenda row as deputies cast; after the close the
/// scrutineers' signatures appear on the count record as they sign, with nothing pressed; a draft another
/// secretariat page adds appears too.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class SecretariatAgendaLiveTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheAgendaCountsCastsAsTheyComeAndTheCountRecordShowsSignaturesAsTheyAreGiven()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (secretariat, ballot, id) = (sitting.Setup.Secretariat, sitting.Setup.Ballot, sitting.Setup.SittingId);
        var chief = sitting.Setup.Chief!;
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html#agenda");
        await SignInAsAsync(page, venue.BootstrapCode!);
        var row = page.Locator($"tr[data-ballot='{ballot.Id}']");
        await Expect(row).ToContainTextAsync("未开始");

        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        await Expect(row.Locator("td.state")).ToHaveTextAsync("表决中已投 0 / 应投 3");
        await sitting.MarkAsync(0, ballot, 0, 1);
        await Expect(row.Locator("td.state")).ToHaveTextAsync("表决中已投 1 / 应投 3");
        await sitting.MarkAsync(1, ballot, 2);
        await Expect(row.Locator("td.state")).ToHaveTextAsync("表决中已投 2 / 应投 3");
        await ScreenshotAsync(page, "secretariat-agenda-live-1920");
        await page.SetViewportSizeAsync(1366, 768);
        await ScreenshotAsync(page, "secretariat-agenda-live-1366");

        var motion = await sitting.CreateAsync(new("关于通过监票人名单的决定", Kind: BallotKind.Motion));
        await Expect(page.Locator($"tr[data-ballot='{motion.Id}']")).ToContainTextAsync("关于通过监票人名单的决定");

        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await Expect(row.Locator("td.state")).ToHaveTextAsync("已结束");
        await OpenTabAsync(page, "计票与公告");
        var record = page.Locator($"article[data-ballot='{ballot.Id}']");
        await Expect(record).ToContainTextAsync("○ 陈海涛 尚未签字");
        await venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id);
        await Expect(record).ToContainTextAsync("✔ 总监票人 陈海涛 已签字");
        await Expect(record.GetByRole(AriaRole.Button, new() { Name = "发布公告" })).ToBeEnabledAsync();
        pages.AssertNoScriptErrors();
    }
}
