using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// An act that needs two roles, through the pages: the secretariat is refused and asks, the presidium's console shows
/// the request at the top and confirms it, the secretariat repeats the act, and the scrutineer's count record and the
/// audit record show it.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class ConfirmationPagesTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ASignInByHandDuringABallotIsAskedConfirmedDoneAndShownOnTheRecord()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 4, signedIn: 3);
        var absent = PreparedSitting.Number(3);
        var chief = sitting.Setup.Chief!;
        var motion = await sitting.OpenAsync(new("关于预算调整的决议", Kind: BallotKind.Motion));
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var secretariat = await pages.OpenAsync("/staff/secretariat.html");
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        await OpenTabAsync(secretariat, "代表名册与签到");
        var row = secretariat.Locator($"tr[data-number='{absent}']");
        await PressButtonAsync(row, "代为签到");
        await Expect(secretariat.GetByRole(AriaRole.Alert).Filter(new() { HasText = "须经主席团确认" })).ToBeVisibleAsync();
        var ask = secretariat.Locator("form.ask-presidium");
        await ask.GetByLabel("理由").FillAsync("代表平板故障，本人已到场");
        await ask.GetByRole(AriaRole.Button, new() { Name = "提交主席团确认" }).ClickAsync();
        await Expect(ask.GetByRole(AriaRole.Status))
            .ToHaveTextAsync($"已提交主席团：表决进行中为代表补签到：代表{absent} 测试004。主席团确认后，请再次执行此操作。");
        await ScreenshotAsync(secretariat, "secretariat-asks-presidium");

        var console = await pages.OpenAsync("/staff/presidium.html", 1366, 768);
        await SignInAsAsync(console, (await sitting.Setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "钱执行主席")).Code);
        var pending = Region(console, "待主席团确认");
        await Expect(pending).ToContainTextAsync($"表决进行中为代表补签到：代表{absent}");
        await Expect(pending).ToContainTextAsync("理由：代表平板故障，本人已到场");
        await ScreenshotAsync(console, "presidium-confirmation-pending");
        await pending.GetByLabel("主席团说明（可不填）").FillAsync("经核对代表身份");
        await pending.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
        await Expect(pending).ToBeHiddenAsync();

        await PressButtonAsync(row, "代为签到");
        await Expect(secretariat.GetByRole(AriaRole.Status).Filter(new() { HasText = absent })).ToContainTextAsync("已代为签到");
        await sitting.Presidium.CloseBallotAsync(motion.Id);

        var scrutineer = await pages.OpenAsync("/staff/scrutineer.html");
        await SignInAsAsync(scrutineer, chief.Credential!.Code);
        var record = scrutineer.Locator($"article[data-ballot='{motion.Id}']");
        await Expect(record.Locator(".confirmed-acts")).ToContainTextAsync(
            $"经主席团确认（钱执行主席），秘书处表决进行中为代表补签到：代表{absent}");
        var audit = Region(scrutineer, "操作记录");
        await Expect(audit).ToContainTextAsync("主席团确认表决进行中为代表补签到");
        await Expect(audit).ToContainTextAsync("秘书处 初始秘书处");
        await ScreenshotAsync(scrutineer, "scrutineer-record-with-confirmed-act");
        pages.AssertNoScriptErrors();
    }
}
