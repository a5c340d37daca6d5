using System.Net;
using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>Publishing a notice after reading its preview, and the public notices page at a desk and on a phone.</summary>
[Collection(StaffPagesCollection.Name)]
public sealed class NoticePagesTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task PublishingShowsTheNoticeAsItWillReadAndPublishesOnlyOnConfirmation()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await SignedBallotAsync(venue, sitting);
        var later = await sitting.OpenAsync(new("关于批准预算的决议", Kind: BallotKind.Motion));
        await sitting.Presidium.CloseBallotAsync(later.Id);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html#records", 1366, 768);
        await SignInAsAsync(page, venue.BootstrapCode!);
        var record = page.Locator($"article[data-ballot='{ballot.Id}']");
        // Count records in agenda order, the first item first.
        await Expect(page.Locator("article.record")).ToHaveCountAsync(2);
        Assert.Equal([ballot.Id.ToString(), later.Id.ToString()],
            await page.Locator("article.record").EvaluateAllAsync<string[]>("records => records.map(r => r.dataset.ballot)"));

        await record.GetByRole(AriaRole.Button, new() { Name = "发布公告" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "发布公告（第1号）" });
        var preview = dialog.Locator("[data-role=notice-preview]");
        await Expect(preview).ToContainTextAsync("（第1号）");
        await Expect(preview).ToContainTextAsync("采用无记名方式，使用电子表决器对“2027年度民生实事项目票决”进行票决。应到代表9人，实到9人。");
        await Expect(preview).ToContainTextAsync("发出表决票9张，收回9张，有效票9张，无效票0张，本次票决有效。");
        await Expect(preview).ToContainTextAsync("特此公告。");
        await Expect(preview).ToContainTextAsync("大会主席团");
        await Expect(preview.Locator("td.num").First).ToHaveCSSAsync("text-align", "right");
        await ScreenshotAsync(page, "secretariat-publish-preview-1366");

        // 取消 publishes nothing.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Empty(await sitting.Setup.Secretariat.NoticesAsync(sitting.Setup.SittingId));

        await record.GetByRole(AriaRole.Button, new() { Name = "发布公告" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认发布公告（第1号）" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(record).ToContainTextAsync("已发布：公告 第1号");
        Assert.Single(await sitting.Setup.Secretariat.NoticesAsync(sitting.Setup.SittingId));
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ThePublicPageListsNoticesToViewAndDownloadWithTheirBundleButNoRawJsonAtADeskAndOnAPhone()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await SignedBallotAsync(venue, sitting);
        var notice = await sitting.Setup.Secretariat.PublishAsync(ballot.Id);
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        foreach (var (width, height) in new[] { (1920, 1080), (390, 844) })
        {
            var page = await pages.OpenAsync("/notices", width, height);
            var item = page.GetByRole(AriaRole.Main)
                .Locator($"div[data-sitting='{sitting.Setup.SittingId}'] li[data-number='{notice.Number}']");
            await Expect(item).ToContainTextAsync($"公告 第{notice.Number}号：");
            await Expect(item.GetByRole(AriaRole.Link, new() { Name = $"查看公告（公告 第{notice.Number}号，PDF）" })).ToHaveAttributeAsync("href", notice.PdfUrl);
            await Expect(item.GetByRole(AriaRole.Link, new() { Name = $"下载 PDF（公告 第{notice.Number}号）" }))
                .ToHaveAttributeAsync("href", notice.PdfUrl + "?download=true");
            await Expect(item.GetByRole(AriaRole.Link, new() { Name = $"下载 Excel（公告 第{notice.Number}号）" })).ToHaveAttributeAsync("href", notice.XlsxUrl);
            await Expect(item.GetByRole(AriaRole.Link, new() { Name = $"下载数据包（公告 第{notice.Number}号，供离线核验）" }))
                .ToHaveAttributeAsync("href", notice.BundleUrl);
            await Expect(page.Locator("a[href$='.json']:not([href$='.bundle.json'])")).ToHaveCountAsync(0);
            // Nothing runs off the side of a phone.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
            await item.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"public-notices-{width}.png") });
        }

        using var http = venue.Http();
        using var view = await http.GetAsync(notice.PdfUrl);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal("inline", view.Content.Headers.ContentDisposition?.DispositionType);
        using var download = await http.GetAsync(notice.PdfUrl + "?download=true");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        pages.AssertNoScriptErrors();
    }

    /// <summary>The sitting's selection ballot, voted, closed and signed by its one scrutineer.</summary>
    internal static async Task<BallotView> SignedBallotAsync(TestVenue venue, SignedInSitting sitting)
    {
        var chief = sitting.Setup.Chief!;
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 7 ? [0, 1] : [2]);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id);
        return ballot;
    }
}
