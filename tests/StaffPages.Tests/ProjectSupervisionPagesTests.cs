using Microsoft.Playwright;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.PhonePages;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;
using static PeoplesCongress.StaffPages.Tests.Support.SupervisionSteps;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// 监督 of an adopted 民生实事 project through its two pages between sittings, on a server whose clock lives through
/// the year: the lead department, reminded of a missed milestone, reports progress on its page (a refusal first, in
/// the server's words) and later the delivery; a deputy of the supervision group follows the project on the phone and
/// records an inspection; a deputy of no group finds none. Every state is checked with axe and saved as a screenshot
/// at its users' sizes: the department 1366×768, the phone 390×844.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class ProjectSupervisionPagesTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Pipes = "老旧小区管网改造";

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
    public async Task TheDepartmentReportsOnItsPageAndTheSupervisionGroupInspectsOnThePhone()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var adopted = await ProjectYear.AdoptAsync(venue, term, sitting, 2027);
        var pipes = adopted.Single(p => p.Title == Pipes);
        var plan = await term.Secretariat.PlanProjectAsync(term.TermId, pipes.Id, new(new DateOnly(2027, 10, 31),
            [new("开工", new DateOnly(2027, 4, 30)), new("主体完工", new DateOnly(2027, 8, 31))], ["T001", "T002"]));
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        // 10 May: the start, due on 30 April, is not reported done; the department's reminders say so.
        clock.MoveTo(new DateTimeOffset(2027, 5, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        var department = await OpenDepartmentAsync(pages, term.DepartmentCodes[PreparedTerm.DepartmentNames[0]]);
        var reminders = department.Locator(".project-reminders");
        await Expect(reminders.Locator(".project-summary")).ToHaveTextAsync("1项民生实事项目进度滞后，请加快推进并及时报告进展。");
        await Expect(reminders.Locator($"tr[data-project='{pipes.Id}']")).ToHaveTextAsync($"{Pipes}节点“开工”2027年4月30日0%");
        await Expect(department.GetByRole(AriaRole.Tab, new() { Name = "民生实事项目（1）" })).ToBeVisibleAsync();
        await ScreenshotAsync(department, "department-project-reminder-1366");
        var card = await OpenProjectCardAsync(department, Pipes);
        await Expect(card.Locator(".badge")).ToHaveTextAsync("进度滞后");
        await Expect(card.Locator(".late-note")).ToHaveTextAsync("节点“开工”应于2027年4月30日完成，尚未完成。");
        await Expect(card.Locator(".milestone-late")).ToContainTextAsync("开工应于2027年4月30日完成已逾期，尚未完成");
        await Expect(card).ToContainTextAsync("监督小组届代表001、届代表002");
        await Expect(card.Locator(".entries-none").First).ToHaveTextAsync("承办单位尚未报告进展。");
        await AssertCleanAsync(department, "department-project-behind");
        await department.EvaluateAsync($"document.querySelector(\"article[data-project='{pipes.Id}']\").scrollIntoView()");
        await ScreenshotAsync(department, "department-project-behind-1366");

        // A percent out of range is refused in the server's words, and nothing is stored.
        await SubmitReportAsync(department, card, "5月6日开工，完成管材采购。", "120", ["开工"]);
        await Expect(card.GetByRole(AriaRole.Alert)).ToHaveTextAsync("完成进度应为0至100。");
        Assert.Empty((await term.Secretariat.ProjectAsync(term.TermId, pipes.Id)).Reports);
        await AssertCleanAsync(department, "department-project-refused");
        await card.GetByRole(AriaRole.Form, new() { Name = "报告进展" }).ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(department, "department-project-report-refused-1366");

        await ReportProgressAsync(department, Pipes, "5月6日开工，完成管材采购。", 30, ["开工"]);
        await Expect(department.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已报告“{Pipes}”的进展：完成30%，按计划推进。");
        await Expect(card.Locator(".project-head .badge")).ToHaveTextAsync("按计划推进");
        await Expect(card.Locator($".milestone[data-milestone='{plan.Project.Milestones[0].Id}']")).ToContainTextAsync("已完成（2027年5月10日）");
        await Expect(card.Locator(".entry").First).ToContainTextAsync("5月6日开工，完成管材采购。");
        await Expect(reminders.Locator(".project-summary")).ToHaveTextAsync("本单位承办的民生实事项目没有进度滞后的。");
        await AssertCleanAsync(department, "department-projects");
        await department.EvaluateAsync("document.querySelector('#projects-title').scrollIntoView()");
        await ScreenshotAsync(department, "department-projects-1366");

        // A week on, T001 of the supervision group opens the project on the phone and records an inspection.
        clock.MoveTo(new DateTimeOffset(2027, 5, 17, 9, 0, 0, TimeSpan.FromHours(8)));
        var phone = await OpenPhoneAsync(pages, term.DeputyCodes["T001"]);
        await phone.GetByRole(AriaRole.Link, new() { Name = "我监督的项目", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("共1项。");
        var item = phone.Locator("a.project-card");
        await Expect(item).ToContainTextAsync(Pipes);
        await Expect(item).ToContainTextAsync("按计划推进");
        await Expect(item).ToContainTextAsync("完成30%");
        await Expect(item).ToContainTextAsync("期限2027年10月31日");
        await AssertCleanAsync(phone, "phone-projects");
        await ScreenshotAsync(phone, "phone-projects");
        await OpenPhoneProjectAsync(phone, Pipes);
        await Expect(phone.Locator(".milestone-done")).ToContainTextAsync("开工");
        await Expect(phone.Locator(".entry").First).ToContainTextAsync("区住房和城乡建设局");
        await Expect(phone.Locator(".entries-none")).ToHaveTextAsync("尚无视察记录。");
        var inspection = phone.GetByRole(AriaRole.Form, new() { Name = "记录视察情况" });
        await inspection.GetByRole(AriaRole.Button, new() { Name = "提交视察情况" }).ClickAsync();
        await Expect(inspection.GetByRole(AriaRole.Alert)).ToHaveTextAsync("请填写视察情况。");
        await AssertCleanAsync(phone, "phone-project");
        await phone.EvaluateAsync("scrollTo(0, 0)");
        await ScreenshotAsync(phone, "phone-project");
        await RecordInspectionAsync(phone, "现场查看施工，围挡规范，建议加快进度。");
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync($"视察情况已记录：“{Pipes}”。");
        await Expect(phone.Locator(".entry").Last).ToContainTextAsync("代表届代表001");
        await inspection.ScrollIntoViewIfNeededAsync();
        await AssertCleanAsync(phone, "phone-project-inspected");
        await ScreenshotAsync(phone, "phone-project-inspected");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "phone-project-whole.png"), FullPage = true });

        // T003 is in no supervision group.
        var other = await OpenPhoneAsync(pages, term.DeputyCodes["T003"]);
        await other.GetByRole(AriaRole.Link, new() { Name = "我监督的项目", Exact = true }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Status)).ToHaveTextAsync("您没有参加监督的民生实事项目。");
        await Expect(other.Locator("a.project-card")).ToHaveCountAsync(0);
        await AssertCleanAsync(other, "phone-projects-none");
        await ScreenshotAsync(other, "phone-projects-none");

        // September: the main works, due on 31 August, are late; the department reports them done and the project delivered.
        clock.MoveTo(new DateTimeOffset(2027, 9, 20, 9, 0, 0, TimeSpan.FromHours(8)));
        await department.ReloadAsync();
        await Expect(reminders.Locator($"tr[data-project='{pipes.Id}']")).ToHaveTextAsync($"{Pipes}节点“主体完工”2027年8月31日30%");
        await Expect(card.Locator(".entry").Filter(new() { HasText = "代表届代表001" })).ToContainTextAsync("现场查看施工");
        await ReportProgressAsync(department, Pipes, "管网全部更换完毕，通过验收。", 100, ["主体完工"], delivered: true);
        await Expect(department.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已报告“{Pipes}”完成（2027年9月20日）。");
        await Expect(card.Locator(".project-head .badge")).ToHaveTextAsync("已完成");
        await Expect(card.GetByRole(AriaRole.Form, new() { Name = "报告进展" })).ToHaveCountAsync(0);
        await Expect(reminders.Locator(".project-summary")).ToHaveTextAsync("本单位承办的民生实事项目没有进度滞后的。");
        await AssertCleanAsync(department, "department-project-delivered");
        await department.EvaluateAsync("document.querySelector('#projects-title').scrollIntoView()");
        await ScreenshotAsync(department, "department-project-delivered-1366");

        // What the server stored: both reports, the milestones' days, the inspection by name.
        var history = await term.Secretariat.ProjectAsync(term.TermId, pipes.Id);
        var (may, september) = (new DateOnly(2027, 5, 10), new DateOnly(2027, 9, 20));
        Assert.Equal([("5月6日开工，完成管材采购。", 30, may), ("管网全部更换完毕，通过验收。", 100, september)],
            history.Reports.Select(r => (r.Text, r.PercentDone, r.ReportedOn)));
        Assert.All(history.Reports, r => Assert.Equal("区住房和城乡建设局", r.By));
        Assert.Equal([may, september], history.Project.Milestones.Select(m => m.DoneOn!.Value));
        var project = history.Project;
        Assert.Equal((september, 100, "已完成"), (project.DeliveredOn!.Value, project.PercentDone, project.ProgressLabel));
        var inspected = Assert.Single(history.Inspections);
        Assert.Equal((new DateOnly(2027, 5, 17), "代表届代表001", "现场查看施工，围挡规范，建议加快进度。"),
            (inspected.InspectedOn, inspected.By, inspected.Text));
        pages.AssertNoScriptErrors();
    }
}
