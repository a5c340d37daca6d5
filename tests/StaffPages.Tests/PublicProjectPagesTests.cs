using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The public pages of the 民生实事 register, which need no credential: the form that gathers proposals while the term
/// has it open, and the list of the year's projects and where each stands (公示), on a phone and at a desk.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class PublicProjectPagesTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly ShiftableClock clock = new();
    private TestVenue venue = null!;
    private PreparedTerm term = null!;

    public async Task InitializeAsync()
    {
        venue = await TestVenue.StartWithClockAsync(clock);
        clock.MoveTo(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        term = await PreparedTerm.CreateAsync(venue, venue.BootstrapCode!);
    }

    public async Task DisposeAsync() => await venue.DisposeAsync();

    [Fact]
    public async Task APersonProposesAProjectOnAPhoneOnlyWhileTheFormIsOpen()
    {
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var closed = await pages.OpenAsync("/projects/propose.html", 390, 844);
        await Expect(closed.GetByRole(AriaRole.Status)).ToContainTextAsync("目前没有在征集民生实事项目");

        await term.Secretariat.SetCollectionAsync(term.TermId, 2028);
        var page = await pages.OpenAsync("/projects/propose.html", 390, 844);
        await Expect(page.Locator("#term-name")).ToHaveTextAsync("测试区第十八届人民代表大会");
        await page.GetByLabel("项目名称").FillAsync("江北片区增设公交站台");
        await page.GetByLabel("项目内容").FillAsync("江北新区三个小区无公交站台，群众出行需步行20分钟。");
        await page.GetByLabel("估算投资（万元，可不填）").FillAsync("35");
        await page.GetByLabel("您的姓名").FillAsync("刘秀英");
        await page.GetByLabel("联系电话").FillAsync("13912345678");
        await ScreenshotAsync(page, "public-propose-390");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交建议" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "建议已收到，谢谢您！" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "public-propose-received-390");

        var received = Assert.Single(await term.Secretariat.ProposalsAsync(term.TermId, 2028));
        Assert.Equal(("江北片区增设公交站台", 35m, "刘秀英", "13912345678", ProposalSources.Public),
            (received.Title, received.BudgetWan!.Value, received.SubmitterName, received.SubmitterPhone!, received.Source));
        await AxeCheck.AssertCleanAsync(page, page.Url);
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task TheYearsProjectsAreListedWithTheirProgressAndNoOnesTelephone()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var adopted = await ProjectYear.AdoptAsync(venue, term, sitting, 2027);
        var pipes = adopted.Single(p => p.Title == "老旧小区管网改造");
        var school = adopted.Single(p => p.Title == "中心小学操场改造");
        await term.Secretariat.PlanProjectAsync(term.TermId, pipes.Id, new(new DateOnly(2027, 10, 31), [new("开工", new DateOnly(2027, 4, 30))]));
        clock.MoveTo(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        await venue.Api(term.DepartmentCodes[PreparedTerm.DepartmentNames[2]]).ReportProgressAsync(term.TermId, school.Id, new("跑道铺设完成，通过验收。", 100, Delivered: true));

        await using var pages = new StaffBrowser(chromium.Browser, venue);
        foreach (var (width, height) in new[] { (390, 844), (1366, 768) })
        {
            var page = await pages.OpenAsync("/projects/", width, height);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2027年度民生实事项目（3项）" })).ToBeVisibleAsync();
            var cards = page.Locator(".project-card");
            await Expect(cards).ToHaveCountAsync(3);
            await Expect(cards.Filter(new() { HasText = "老旧小区管网改造" })).ToContainTextAsync("进度滞后");
            await Expect(cards.Filter(new() { HasText = "中心小学操场改造" })).ToContainTextAsync("已完成");
            await Expect(cards.Filter(new() { HasText = "通村道路硬化" })).ToContainTextAsync("按计划推进");
            await Expect(cards.Filter(new() { HasText = "通村道路硬化" })).ToContainTextAsync("600万元");
            await ScreenshotAsync(page, $"public-projects-{width}");
            await AxeCheck.AssertCleanAsync(page, page.Url);
        }
        pages.AssertNoScriptErrors();
    }
}
