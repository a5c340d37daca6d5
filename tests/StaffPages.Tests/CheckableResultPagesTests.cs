using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The values that let anyone check a result, where people read them: the box root on the big screen, the box root,
/// audit head and signing keys on the count record, and the certification block of the notice preview and the public
/// notices page (issue #14, items 3–6).
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class CheckableResultPagesTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheBigScreenShowsTheBoxRootSmallUnderTheVerdictAndTheResultTable()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9, signedIn: 7);
        await using var browser = new StaffBrowser(chromium.Browser, venue);
        var screens = await BigScreens.OpenAsync(browser, sitting);

        var motion = await sitting.OpenAsync(new("关于通过本次会议总监票人、监票人名单的决定", Kind: BallotKind.Motion));
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d => sitting.ChooseAsync(d, motion, (0, d < 6 ? "for" : "against"))));
        var motionResult = await sitting.Presidium.CloseBallotAsync(motion.Id);
        await screens.ExpectResultAsync(motion.Title);
        await AssertBoxRootAsync(screens, motionResult.BoxRoot!);
        await screens.ScreenshotAsync("box-root-motion");

        var selection = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(selection.Id);
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d => sitting.MarkAsync(d, selection, d < 5 ? [0, 1] : [2])));
        var selectionResult = await sitting.Presidium.CloseBallotAsync(selection.Id);
        await screens.ExpectResultAsync(selection.Title);
        await AssertBoxRootAsync(screens, selectionResult.BoxRoot!);
        await screens.ScreenshotAsync("box-root-selection");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task TheCountRecordShowsTheBoxRootTheAuditHeadAndTheKeyEachScrutineerSignedWith()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var id = sitting.Setup.SittingId;
        var chief = sitting.Setup.Chief!;
        var second = await sitting.Setup.Secretariat.AddCountingStaffAsync(id, new("杨春梅", CountingRole.Scrutineer));
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 7 ? [0, 1] : [2]);
        var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
        var signed = (await venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id)).Signatures.Single();
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var page = await pages.OpenAsync("/staff/scrutineer.html", 1366, 768);
        await SignInAsAsync(page, second.Credential!.Code);
        var record = page.Locator($"article[data-ballot='{ballot.Id}']");
        await Expect(record.Locator("[data-role=box-root]")).ToHaveTextAsync($"票箱校验值：{ShortHex(result.BoxRoot!)}");
        await Expect(record.Locator("[data-role=audit-head]")).ToHaveTextAsync($"操作记录校验值：{ShortHex(result.AuditHead!)}");
        await Expect(record.Locator("li.signed")).ToContainTextAsync($"总监票人 陈海涛 已签字");
        await Expect(record.Locator("li.signed")).ToContainTextAsync($"签名密钥 {ShortHex(signed.KeyFingerprint!)}）");
        await record.Locator("ul.signatures").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "scrutineer-record-keys-1366");

        // The second scrutineer signs on the page; their own key appears beside their name.
        await record.GetByRole(AriaRole.Button, new() { Name = "签字确认" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认无误，签字" }).ClickAsync();
        // The click returns before the signature is written: wait until the page shows it, then read the record.
        var mineOnPage = record.Locator("li.signed").Filter(new() { HasText = "杨春梅" });
        await Expect(mineOnPage).ToBeVisibleAsync();
        var mine = (await sitting.Setup.Secretariat.CountRecordAsync(ballot.Id)).Signatures.Single(s => s.Name == "杨春梅");
        await Expect(mineOnPage).ToContainTextAsync($"签名密钥 {ShortHex(mine.KeyFingerprint!)}");
        Assert.NotEqual(signed.KeyFingerprint, mine.KeyFingerprint);
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ThePreviewAndThePublicPageShowTheCertificationBlock()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await NoticePagesTests.SignedBallotAsync(venue, sitting);
        var record = await sitting.Setup.Secretariat.CountRecordAsync(ballot.Id);
        var server = await venue.Api("").ServerKeyAsync();
        string[] block =
        [
            $"票箱校验值：{ShortHex(record.Result.BoxRoot!)}",
            $"操作记录校验值：{ShortHex(record.AuditHead!)}",
            $"服务器签名密钥指纹：{ShortHex(server.Fingerprint)}",
            $"总监票人陈海涛签名密钥指纹：{ShortHex(record.Signatures.Single().KeyFingerprint!)}",
        ];
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var page = await pages.OpenAsync("/staff/secretariat.html#records", 1366, 768);
        await SignInAsAsync(page, venue.BootstrapCode!);
        await page.Locator($"article[data-ballot='{ballot.Id}']").GetByRole(AriaRole.Button, new() { Name = "发布公告" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "发布公告（第1号）" });
        var checks = dialog.GetByRole(AriaRole.List, new() { Name = "校验信息" });
        await Expect(checks.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(block);
        await checks.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "secretariat-publish-preview-checks-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认发布公告（第1号）" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        foreach (var (width, height) in new[] { (1366, 768), (390, 844) })
        {
            var notices = await pages.OpenAsync("/notices", width, height);
            var list = notices.GetByRole(AriaRole.List, new() { Name = "校验信息（公告 第1号）" })
                .And(notices.Locator($"div[data-sitting='{sitting.Setup.SittingId}'] ul"));
            await Expect(list.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(block);
            Assert.True(await notices.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
            await list.ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(notices, $"public-notices-checks-{width}");
        }
        pages.AssertNoScriptErrors();
    }

    /// <summary>「票箱校验值 1a2b 3c4d 5e6f 7a8b」 under the result, inside the screen, in type no smaller than 1rem.</summary>
    private static async Task AssertBoxRootAsync(BigScreens screens, string root)
    {
        foreach (var page in screens.Pages)
        {
            var line = page.Locator("[data-role=box-root]");
            await Expect(line).ToHaveTextAsync($"票箱校验值 {ShortHex(root)}");
            var measured = await line.EvaluateAsync<double[]>(
                """
                e => {
                  const r = e.getBoundingClientRect(), size = parseFloat(getComputedStyle(e).fontSize);
                  return [r.bottom, size, Math.round(r.height / (size * 1.45))];
                }
                """);
            var (bottom, size, lines) = (measured[0], measured[1], (int)measured[2]);
            Assert.True(bottom <= page.ViewportSize!.Height, $"the box root is below the screen at {bottom}px");
            Assert.True(size >= 18, $"the box root is set at {size}px");
            Assert.Equal(1, lines);
        }
    }
}
