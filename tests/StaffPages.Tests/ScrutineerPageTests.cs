using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>The scrutineer's page: titled by role, signing only after reading the figures, and a record to print.</summary>
[Collection(StaffPagesCollection.Name)]
public sealed class ScrutineerPageTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task SigningShowsTheFiguresBeingSignedAndSignsOnlyOnConfirmation()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var id = sitting.Setup.SittingId;
        var chief = sitting.Setup.Chief!;
        await sitting.Setup.Secretariat.AddCountingStaffAsync(id, new("杨春梅", CountingRole.Scrutineer));
        await sitting.Setup.Secretariat.AddCountingStaffAsync(id, new("周明", CountingRole.Teller));
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 7 ? [0, 1] : [2]);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var page = await pages.OpenAsync("/staff/scrutineer.html", 1366, 768);
        await SignInAsAsync(page, chief.Credential!.Code);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("总监票人");
        await Expect(page).ToHaveTitleAsync("总监票人 · 计票记录");
        var record = page.Locator($"article[data-ballot='{ballot.Id}']");

        await record.GetByRole(AriaRole.Button, new() { Name = "签字确认" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"签字确认：{ballot.Title}" });
        await Expect(dialog).ToContainTextAsync("您将以总监票人身份签字");
        await Expect(dialog).ToContainTextAsync("发出表决票9张收回表决票9张有效票9张无效票0张");
        await Expect(dialog.GetByRole(AriaRole.Row).Filter(new() { HasText = "危桥改造项目" })).ToContainTextAsync("7");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "确认无误，签字" })).ToBeFocusedAsync();
        await ScreenshotAsync(page, "scrutineer-sign-confirmation-1366");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Empty((await sitting.Setup.Secretariat.CountRecordAsync(ballot.Id)).Signatures);

        await record.GetByRole(AriaRole.Button, new() { Name = "签字确认" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认无误，签字" }).ClickAsync();
        await Expect(record).ToContainTextAsync("您已签字确认本计票记录。");
        Assert.Equal(["陈海涛"], (await sitting.Setup.Secretariat.CountRecordAsync(ballot.Id)).Signatures.Select(s => s.Name));

        // The printable record: the figures, and a line to sign and date for each of the counting staff.
        await record.GetByRole(AriaRole.Button, new() { Name = "打印计票记录" }).ClickAsync();
        var printable = page.Locator($".print-host article[data-print-ballot='{ballot.Id}']");
        await Expect(printable).ToBeVisibleAsync();
        await Expect(record).ToBeHiddenAsync();
        await Expect(printable).ToContainTextAsync("发出表决票9张收回表决票9张");
        var lines = printable.GetByRole(AriaRole.List, new() { Name = "签字栏" }).GetByRole(AriaRole.Listitem);
        await Expect(lines).ToHaveTextAsync(["总监票人：陈海涛签字：日期：", "监票人：杨春梅签字：日期：", "计票人：周明签字：日期："]);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印", Exact = true })).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "scrutineer-print-record.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GetByRole(AriaRole.Button, new() { Name = "返回" }).ClickAsync();
        await Expect(record).ToBeVisibleAsync();
        pages.AssertNoScriptErrors();
    }
}
