using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>The audit chain's hash at the count, on the count record the scrutineers read and print.</summary>
[Collection(StaffPagesCollection.Name)]
public sealed class CountRecordAuditHeadTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheScrutineerSeesTheAuditHeadShortOnScreenAndWholeOnThePrintedRecord()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var id = sitting.Setup.SittingId;
        var chief = sitting.Setup.Chief!;
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 3; d++) await sitting.MarkAsync(d, ballot, [0, 1]);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        var head = (await sitting.Setup.Secretariat.CountRecordAsync(ballot.Id)).AuditHead!;
        Assert.Matches("^[0-9a-f]{64}$", head);
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var page = await pages.OpenAsync("/staff/scrutineer.html", 1366, 768);
        await SignInAsAsync(page, chief.Credential!.Code);
        var record = page.Locator($"article[data-ballot='{ballot.Id}']");
        await Expect(record.Locator("[data-role=audit-head]")).ToHaveTextAsync($"操作记录校验值：{ShortHex(head)}");
        await ScreenshotAsync(page, "scrutineer-record-audit-head-1366");

        await record.GetByRole(AriaRole.Button, new() { Name = "打印计票记录" }).ClickAsync();
        var printable = page.Locator($".print-host article[data-print-ballot='{ballot.Id}']");
        await Expect(printable).ToContainTextAsync($"操作记录校验值（SHA-256）：{head}");
        await page.GetByRole(AriaRole.Button, new() { Name = "返回" }).ClickAsync();
        pages.AssertNoScriptErrors();
    }
}
