using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>人工计票: the paper fallback entered through the secretariat's page, signed and published.</summary>
[Collection(StaffPagesCollection.Name)]
public sealed class HandCountPageTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task APaperCountEnteredInTheSecretariatPageIsSignedAndPublishedAsCountedByHand()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 9);
        var chief = sitting.Chief!;
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var secretariat = await pages.OpenAsync("/staff/secretariat.html#records");
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        var panel = Region(secretariat, "人工计票（纸质选票）");
        await panel.GetByLabel("表决", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "1. 2027年度民生实事项目票决（未开始）" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "填写人工计票结果" }).ClickAsync();
        await panel.GetByLabel("发出票数").FillAsync("9");
        await panel.GetByLabel("收回票数").FillAsync("9");
        await panel.GetByLabel("整张无效票数").FillAsync("1");
        int[] votes = [8, 7, 6, 3, 9];
        for (var i = 0; i < votes.Length; i++) await panel.GetByLabel($"{sitting.Ballot.Items[i].Name} 得票数").FillAsync(votes[i].ToString());
        await panel.GetByLabel("说明（可不填）").FillAsync("电子表决系统故障，改用纸质选票");
        var submit = panel.GetByRole(AriaRole.Button, new() { Name = "提交人工计票结果" });
        await submit.ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Alert)).ToHaveTextAsync("人工计票数据有误：“集镇污水管网改造项目”的得票超过有效票数8。");

        await panel.GetByLabel($"{sitting.Ballot.Items[4].Name} 得票数").FillAsync("0");
        await submit.ClickAsync();
        await Expect(panel.Locator("[data-role=announcement]")).ToContainTextAsync("本次表决使用纸质选票，由监票人监督人工计票。");
        await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("人工计票结果已记录，请监票人签字确认。");
        var record = secretariat.Locator($"article[data-ballot='{sitting.Ballot.Id}']");
        await Expect(record).ToContainTextAsync("计票方式纸质选票，人工计票");
        await Expect(record).ToContainTextAsync("须全部监票人签字后才能发布公告。");
        await ScreenshotAsync(secretariat, "secretariat-hand-count");

        var scrutineer = await pages.OpenAsync("/staff/scrutineer.html");
        await SignInAsAsync(scrutineer, chief.Credential!.Code);
        var signing = scrutineer.Locator($"article[data-ballot='{sitting.Ballot.Id}']");
        await Expect(signing).ToContainTextAsync("计票方式纸质选票，人工计票");
        await signing.GetByRole(AriaRole.Button, new() { Name = "签字确认" }).ClickAsync();
        await scrutineer.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认无误，签字" }).ClickAsync();
        await Expect(signing).ToContainTextAsync("您已签字确认本计票记录。");

        await secretariat.GetByRole(AriaRole.Button, new() { Name = "刷新签字情况" }).ClickAsync();
        await record.GetByRole(AriaRole.Button, new() { Name = "发布公告" }).ClickAsync();
        await secretariat.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认发布公告（第1号）" }).ClickAsync();
        await Expect(record).ToContainTextAsync("已发布：公告 第1号");
        var pdf = Path.Combine(Artifacts.Folder("notices"), "notice-by-hand-from-page.pdf");
        var href = await record.GetByRole(AriaRole.Link, new() { Name = "公告 第1号 PDF" }).GetAttributeAsync("href");
        await File.WriteAllBytesAsync(pdf, await venue.Api("").DownloadAsync(href!));
        Assert.Contains("计票方式：纸质选票，人工计票", await Programs.RunAsync("pdftotext", pdf, "-"));
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task TheCountTableOfAFourLevelAppraisalFitsItsCardAt1366()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 9, ballot: new(
            "2026年度镇政府部门及站所负责人满意度测评", Kind: BallotKind.Satisfaction, Scale: AppraisalScales.SatisfactionWithUnknown,
            Items: [new("镇人民政府社会事务办公室（民政、残联、退役军人服务）"), new("镇农业农村办公室"), new("镇综合行政执法队")]));
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var secretariat = await pages.OpenAsync("/staff/secretariat.html#records", 1366, 768);
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        var panel = Region(secretariat, "人工计票（纸质选票）");
        await panel.GetByLabel("表决", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"1. {sitting.Ballot.Title}（未开始）" });
        await panel.GetByRole(AriaRole.Button, new() { Name = "填写人工计票结果" }).ClickAsync();
        var table = panel.GetByRole(AriaRole.Region, new() { Name = $"计票数：{sitting.Ballot.Title}" });
        await Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["项目 / 对象", "满意", "基本满意", "不满意", "不了解", "无效"]);
        await table.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(secretariat, "secretariat-hand-count-1366");

        var (cardScroll, cardWidth) = await Widths(panel);
        Assert.True(cardScroll <= cardWidth, $"the card is {cardScroll} px wide inside {cardWidth} px");
        var (tableScroll, tableWidth) = await Widths(table);
        Assert.True(tableScroll <= tableWidth, $"the count table is {tableScroll} px wide inside {tableWidth} px");
        await secretariat.SetViewportSizeAsync(1920, 1080);
        await table.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(secretariat, "secretariat-hand-count-1920");
        pages.AssertNoScriptErrors();
    }

    private static async Task<(int Scroll, int Client)> Widths(ILocator element)
    {
        var widths = await element.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        return (widths[0], widths[1]);
    }
}
