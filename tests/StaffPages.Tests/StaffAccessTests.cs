using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>Who may open which page: only the page's own role gets past the sign-in, and the server agrees.</summary>
[Collection(StaffPagesCollection.Name)]
public sealed class StaffAccessTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ADeputysCredentialOpensNoStaffPageAndCallsNoStaffAction()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var deputyCode = sitting.Codes[PreparedSitting.Number(0)];
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        foreach (var (path, page) in new[]
        {
            ("secretariat", "大会秘书处"), ("presidium", "主席团"), ("scrutineer", "监票人"), ("term", "大会秘书处"), ("department", "承办单位"),
        })
        {
            var staffPage = await pages.OpenAsync($"/staff/{path}.html");
            await StaffBrowser.SignInAsync(staffPage, deputyCode);
            await Expect(staffPage.GetByRole(AriaRole.Alert)).ToHaveTextAsync($"此页面仅供{page}使用，代表“测试001”的凭证不能打开。");
            await Expect(staffPage.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToHaveCountAsync(0);
            await Expect(staffPage.GetByRole(AriaRole.Tab)).ToHaveCountAsync(0);
            if (path == "secretariat") await StaffBrowser.ScreenshotAsync(staffPage, "secretariat-refuses-deputy");
        }

        var wrong = await pages.OpenAsync("/staff/presidium.html");
        await StaffBrowser.SignInAsync(wrong, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG");
        await Expect(wrong.GetByRole(AriaRole.Alert)).ToHaveTextAsync("凭证码无效，请核对后重试，或联系大会秘书处。");

        var deputy = venue.Api(deputyCode);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => deputy.OpenBallotAsync(sitting.Ballot.Id))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => deputy.CreateSittingAsync(new("一次会议")))).Code);
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task AScrutineerSignsButIsOfferedNoPublishingAndTheServerRefusesIt()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var chief = sitting.Setup.Chief!;
        var motion = await sitting.OpenAsync(new("关于通过监票人名单的决定", Kind: BallotKind.Motion));
        for (var d = 0; d < 3; d++) await sitting.ChooseAsync(d, motion, (0, "for"));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var page = await pages.OpenAsync("/staff/scrutineer.html");
        await StaffBrowser.SignInAsAsync(page, chief.Credential!.Code);
        var record = page.Locator($"article[data-ballot='{motion.Id}']");
        await Expect(record).ToContainTextAsync("应到代表3人，发出表决票3张，收回3张，赞成3票，反对0票，弃权0票，无效0票，未表决0人。本议案获得通过。");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "发布公告" })).ToHaveCountAsync(0);
        await record.GetByRole(AriaRole.Button, new() { Name = "签字确认" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认无误，签字" }).ClickAsync();
        await Expect(record).ToContainTextAsync("您已签字确认本计票记录。");
        await Expect(record).ToContainTextAsync("✔ 总监票人 陈海涛 已签字");

        var refused = await Assert.ThrowsAsync<VenueException>(() => venue.Api(chief.Credential.Code).PublishAsync(motion.Id));
        Assert.Equal(ErrorCodes.Forbidden, refused.Code);

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Expect(page.GetByLabel("凭证码")).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("sessionStorage.length"));
        pages.AssertNoScriptErrors();
    }
}
