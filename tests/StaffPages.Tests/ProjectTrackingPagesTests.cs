using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Reports;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// One year of 民生实事 projects through the pages, on a server whose clock lives through the year: the proposals
/// entered and screened on the secretariat's term page and put to the sitting as a candidate list, voted by the
/// sitting's tablets (the typed client) and published, the chosen projects adopted on the page, planned, reported on by
/// their department on its page and inspected by a deputy of the supervision group on the phone, seen in one page of
/// history each, counted on the dashboard as the API counts them, appraised at the next sitting from the page and
/// graded back, and the year's report downloaded from the page states the same year.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class ProjectTrackingPagesTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const int Year = 2027;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly ShiftableClock clock = new();
    private TestVenue venue = null!;
    private PreparedTerm term = null!;
    private SignedInSitting sitting = null!;

    public async Task InitializeAsync()
    {
        venue = await TestVenue.StartWithClockAsync(clock);
        clock.MoveTo(new DateTimeOffset(2027, 1, 12, 9, 0, 0, China));
        term = await PreparedTerm.CreateAsync(venue, venue.BootstrapCode!);
        sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
    }

    public async Task DisposeAsync()
    {
        await sitting.DisposeAsync();
        await venue.DisposeAsync();
    }

    private VenueApiClient Secretariat => term.Secretariat;
    private VenueApiClient Department(int index) => venue.Api(term.DepartmentCodes[PreparedTerm.DepartmentNames[index]]);

    [Fact]
    public async Task AYearOfProjectsRunsThroughThePagesFromTheProposalsToTheNextSittingsGrades()
    {
        // Before the sitting has adopted any project, both tabs say so.
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/term.html#projects", 1366, 768);
        await SignInAsAsync(page, venue.BootstrapCode!);
        await Expect(page.Locator("#panel-projects")).ToContainTextAsync("本届还没有经票决确定的民生实事项目。");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "满意度测评" })).ToBeHiddenAsync();
        await AxeCheck.AssertCleanAsync(page, "term-projects-none");
        await ProjectSteps.Tab(page, "项目实施情况").ClickAsync();
        await Expect(page.Locator("#panel-project-figures")).ToContainTextAsync("本届还没有经票决确定的民生实事项目。");
        await AxeCheck.AssertCleanAsync(page, "term-project-figures-none");

        // 征集 and 初选 on the page; the candidate list goes to the sitting, whose tablets choose the first three.
        var sittingName = (await Secretariat.SittingsAsync()).Single(s => s.Id == sitting.Setup.SittingId).Name;
        await ProposalSteps.OpenAsync(page, Year);
        var proposals = new List<int>();
        foreach (var (title, content, place, budget, lead) in ProjectYear.Proposals)
            proposals.Add(await ProposalSteps.EnterAsync(page, new(title, content, place, budget, PreparedTerm.DepartmentNames[lead])));
        foreach (var id in proposals) await ProposalSteps.AcceptAsync(page, id);
        await ProposalSteps.CreateCandidateListAsync(page, proposals, 3, sittingName);
        var vote = (await Secretariat.BallotsAsync(sitting.Setup.SittingId)).Where(b => b.Kind == BallotKind.ProjectSelection).MaxBy(b => b.Id)!;
        await RunToPublicationAsync(vote, d => sitting.MarkAsync(d, vote, 0, 1, 2));
        await ProposalSteps.OpenAsync(page, Year);
        await ProposalSteps.AdoptAsync(page, vote.Id);
        var adopted = await Secretariat.ProjectsAsync(term.TermId, Year);
        Assert.Equal(ProjectYear.Proposals.Take(3).Select(p => p.Title), adopted.Select(p => p.Title));
        var pipes = adopted.Single(p => p.Title == "老旧小区管网改造");
        var road = adopted.Single(p => p.Title == "通村道路硬化");
        await ProjectSteps.OpenProjectsAsync(page, Year);
        await Expect(page.Locator("table.projects tbody tr")).ToHaveCountAsync(3);
        await Expect(ProjectSteps.Row(page, pipes.Title).Locator("td"))
            .ToHaveTextAsync([PreparedTerm.DepartmentNames[0], "450万元", "2027年12月31日", "按计划推进0%", "未测评", "未指定", "实施计划"]);

        // The plan: a milestone after the deadline is refused in the server's words; two milestones (a third added
        // and taken away again) and two supervisors are saved, and the list names the supervisors.
        var dialog = await ProjectSteps.OpenPlanAsync(page, pipes.Title);
        await ProjectSteps.FillPlanAsync(dialog, new(2027, 10, 31),
            [("开工", new(2027, 4, 30)), ("主体完工", new(2027, 8, 31)), ("竣工验收", new(2027, 11, 30))], ["T001", "T002"]);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存计划" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("节点的时间不能晚于项目的完成期限。");
        await AxeCheck.AssertCleanAsync(page, "term-project-plan");
        await ScreenshotAsync(page, "term-project-plan-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "删除第3个节点" }).ClickAsync();
        await Expect(dialog.Locator(".milestones-editor tbody tr")).ToHaveCountAsync(2);
        Assert.Equal($"已保存“{pipes.Title}”的实施计划：完成期限2027年10月31日，节点2个，监督小组届代表001、届代表002。",
            await ProjectSteps.SavePlanAsync(page, dialog, pipes.Title));
        await Expect(ProjectSteps.Row(page, pipes.Title).Locator("td").Nth(5)).ToHaveTextAsync("届代表001、届代表002");
        var planned = await Secretariat.ProjectAsync(term.TermId, pipes.Id);
        Assert.Equal([("开工", new DateOnly(2027, 4, 30)), ("主体完工", new DateOnly(2027, 8, 31))], planned.Project.Milestones.Select(m => (m.Name, m.DueOn)));
        Assert.Equal(new DateOnly(2027, 10, 31), planned.Project.DeadlineOn);
        Assert.Equal(["届代表001", "届代表002"], planned.Project.Supervisors);
        await AxeCheck.AssertCleanAsync(page, "term-projects");
        await ScreenshotAsync(page, "term-projects-1366");

        // In April the department reports the first milestone done and a deputy of the group inspects.
        clock.MoveTo(new DateTimeOffset(2027, 4, 20, 9, 0, 0, China));
        var department = await SupervisionSteps.OpenDepartmentAsync(pages, term.DepartmentCodes[PreparedTerm.DepartmentNames[0]]);
        await SupervisionSteps.ReportProgressAsync(department, pipes.Title, "4月18日开工，完成管材采购。", 30, ["开工"]);
        var phone = await PhonePages.OpenPhoneAsync(pages, term.DeputyCodes["T001"]);
        await SupervisionSteps.OpenPhoneProjectAsync(phone, pipes.Title);
        await SupervisionSteps.RecordInspectionAsync(phone, "现场查看施工，围挡规范，建议加快进度。");
        await ProjectSteps.OpenProjectsAsync(page, Year);
        var history = await ProjectSteps.OpenHistoryAsync(page, pipes.Title);
        Assert.Contains($"?project={pipes.Id}", page.Url);
        await Expect(ProjectSteps.HistoryStep(history, "origin")).ToContainTextAsync("通过初选");
        await Expect(ProjectSteps.HistoryStep(history, "vote")).ToContainTextAsync($"会议{sittingName}");
        await Expect(ProjectSteps.HistoryStep(history, "vote")).ToContainTextAsync("表决事项2027年度民生实事项目票决");
        await Expect(ProjectSteps.HistoryStep(history, "plan").Locator("tbody tr")).ToHaveTextAsync(["开工2027年4月30日2027年4月20日完成", "主体完工2027年8月31日未完成"]);
        await Expect(ProjectSteps.HistoryStep(history, "plan")).ToContainTextAsync("监督小组届代表001、届代表002");
        await Expect(ProjectSteps.HistoryStep(history, "reports").Locator("li"))
            .ToHaveTextAsync([$"2027年4月20日 {PreparedTerm.DepartmentNames[0]}：完成30%4月18日开工，完成管材采购。"]);
        await Expect(ProjectSteps.HistoryStep(history, "inspections").Locator("li"))
            .ToHaveTextAsync(["2027年4月20日 代表届代表001现场查看施工，围挡规范，建议加快进度。"]);
        await Expect(ProjectSteps.HistoryStep(history, "appraisal")).ToHaveTextAsync("满意度测评尚未列入满意度测评。");
        await AxeCheck.AssertCleanAsync(page, "term-project-history");
        await ScreenshotAsync(page, "term-project-history-1366");
        // The vote links to the sitting's page, where the ballot is.
        await ProjectSteps.HistoryStep(history, "vote").GetByRole(AriaRole.Link, new() { Name = "在会议页面查看（计票与公告）" }).ClickAsync();
        await Expect(page.Locator("#sitting-name")).ToHaveTextAsync(sittingName);
        await page.GoBackAsync();
        await Expect(page.Locator("article.project-history h2")).ToHaveTextAsync(pipes.Title);

        // In September the second milestone is late: the dashboard says what the API counts.
        clock.MoveTo(new DateTimeOffset(2027, 9, 10, 9, 0, 0, China));
        var september = await ProjectSteps.ReadDashboardAsync(page, Year);
        AssertDashboard(await Secretariat.ProjectFiguresAsync(term.TermId, Year), september);
        Assert.Equal([pipes.Title, PreparedTerm.DepartmentNames[0], "进度滞后", "2027年8月31日", "10天"], Assert.Single(september.Late));
        // Each chart's figures are a table for a screen reader: 按期完成, 逾期完成, 按计划推进, 进度滞后.
        var chart = page.GetByRole(AriaRole.Table, new() { Name = "各承办单位项目进展（项）" });
        await Expect(chart.GetByRole(AriaRole.Row).Filter(new() { HasText = PreparedTerm.DepartmentNames[0] }))
            .ToHaveTextAsync($"{PreparedTerm.DepartmentNames[0]}0001");
        await AxeCheck.AssertCleanAsync(page, "term-project-figures");
        await ScreenshotAsync(page, "term-project-figures-1366");
        await page.SetViewportSizeAsync(1920, 1080);
        await ScreenshotAsync(page, "term-project-figures-1920");
        await page.SetViewportSizeAsync(1366, 768);

        // The pipes are delivered in September, the road in January, after its deadline.
        await SupervisionSteps.ReportProgressAsync(department, pipes.Title, "管网全部更换完毕，通过验收。", 100, ["主体完工"], delivered: true);
        clock.MoveTo(new DateTimeOffset(2028, 1, 5, 9, 0, 0, China));
        await Department(1).ReportProgressAsync(term.TermId, road.Id, new("道路硬化完成。", 100, Delivered: true));

        // 测评: made on the page for the sitting; written back before its result is published, it is refused.
        var where = await ProjectSteps.CreateAppraisalAsync(page, Year, sittingName);
        var appraisal = (await Secretariat.BallotsAsync(sitting.Setup.SittingId)).Single(b => b.Kind == BallotKind.Satisfaction);
        Assert.Equal($"已生成“2027年度民生实事项目实施情况满意度测评”（3个项目），列入{sittingName}议程第{appraisal.AgendaPosition}项，现为草稿。"
            + "请在会议页面的「议程与表决」中开始表决；结果公告后，回到这里写回测评等次。", where);
        await page.GetByRole(AriaRole.Button, new() { Name = "写回测评等次" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("这次表决的结果尚未公告，公告后才能记入项目库。");
        await AxeCheck.AssertCleanAsync(page, "term-project-appraisal");
        await page.Locator("#appraisal-title").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "term-project-appraisal-1366");

        await RunToPublicationAsync(appraisal, d => sitting.ChooseAsync(d, appraisal,
            (0, "satisfied"), (1, d < 3 ? "satisfied" : "basically-satisfied"), (2, d < 6 ? "dissatisfied" : "satisfied")));
        var written = await ProjectSteps.WriteBackGradesAsync(page, Year);
        Assert.Equal([("中心小学操场改造", "满意"), ("通村道路硬化", "基本满意"), ("老旧小区管网改造", "不满意")], written);
        Assert.Equal(written, (await Secretariat.ProjectsAsync(term.TermId, Year)).Select(p => (p.Title, p.Grade!)));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已将" }))
            .ToHaveTextAsync("已将“2027年度民生实事项目实施情况满意度测评”的测评等次写回3个项目。");
        await Expect(ProjectSteps.Row(page, pipes.Title).Locator("td").Nth(4)).ToHaveTextAsync("不满意");
        await ScreenshotAsync(page, "term-project-grades-1366");
        var graded = await ProjectSteps.OpenHistoryAsync(page, pipes.Title);
        await Expect(ProjectSteps.HistoryStep(graded, "appraisal")).ToContainTextAsync("表决事项2027年度民生实事项目实施情况满意度测评");
        await Expect(ProjectSteps.HistoryStep(graded, "appraisal")).ToContainTextAsync("测评等次：不满意");
        await Expect(ProjectSteps.HistoryStep(graded, "reports").Locator("li")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "term-project-history-whole-1366.png"), FullPage = true });

        // The year at the next sitting: the dashboard, then its report downloaded from the page.
        var january = await ProjectSteps.ReadDashboardAsync(page, Year);
        var figures = await Secretariat.ProjectFiguresAsync(term.TermId, Year);
        AssertDashboard(figures, january);
        // The school is behind its deadline, the road was delivered after it: five days each.
        Assert.Equal([("中心小学操场改造", "进度滞后", "5天"), (road.Title, "逾期完成", "5天")], january.Late.Select(l => (l[0], l[2], l[4])));
        await page.SetViewportSizeAsync(1920, 1080);
        await AxeCheck.AssertCleanAsync(page, "term-project-figures-graded");
        await ScreenshotAsync(page, "term-project-figures-graded-1920");
        await page.EvaluateAsync("document.querySelector('#project-departments-title').scrollIntoView()");
        await ScreenshotAsync(page, "term-project-figures-late-1920");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "下载报告（PDF）" }).ClickAsync());
        Assert.Equal("2027年度民生实事项目实施情况报告-2028-01-05.pdf", download.SuggestedFilename);
        var pdf = Path.Combine(venue.DataDirectory, "projects-from-page.pdf");
        await download.SaveAsAsync(pdf);
        var text = Regex.Replace(await Programs.RunAsync("pdftotext", pdf, "-"), @"\s+", "");
        Assert.Contains(january.Sentence, text);

        // A day in the past: the figures as they stood then.
        var june = await ProjectSteps.ReadDashboardAsync(page, Year, new DateOnly(2027, 6, 30));
        AssertDashboard(await Secretariat.ProjectFiguresAsync(term.TermId, Year, new DateOnly(2027, 6, 30)), june);
        pages.AssertNoScriptErrors();
    }

    /// <summary>The dashboard as read equals the API's figures, in the report's own words.</summary>
    private static void AssertDashboard(ProjectDashboard expected, ProjectDashboardTexts shown)
    {
        var o = expected.Overall;
        var day = ChinaTime.Day(expected.AsOf);
        Assert.Equal($"总体情况（截至{day}）", shown.Heading);
        Assert.Equal(ProjectReportSections.Overall(day, expected.Year, o), shown.Sentence);
        int Graded(string grade) => o.Grades.SingleOrDefault(g => g.Grade == grade)?.Count ?? 0;
        var cards = new Dictionary<string, string>
        {
            ["total"] = $"项目总数\n{o.Total}项\n{expected.Year}年度",
            ["on-schedule"] = $"按计划推进\n{o.OnSchedule}项\n正在实施",
            ["behind"] = $"进度滞后\n{o.Behind}项\n正在实施",
            ["delivered"] = $"已完成\n{o.Delivered}项\n完成率{o.DeliveredRate.Percent}%",
            ["delivered-on-time"] = $"按期完成\n{o.DeliveredOnTime}项\n按期完成率{o.OnTimeRate.Percent}%",
            ["rated"] = $"已测评\n{o.Rated}项\n代表满意度测评",
            ["grade-0"] = $"满意\n{Graded("满意")}项\n测评等次",
            ["grade-1"] = $"基本满意\n{Graded("基本满意")}项\n测评等次",
            ["grade-2"] = $"不满意\n{Graded("不满意")}项\n测评等次",
        };
        Assert.Equal(cards, shown.Figures.ToDictionary(f => f.Key, f => Regex.Replace(f.Value.Trim(), @"\s*\n\s*", "\n")));
        Assert.Equal(expected.Late.Select(l => (IReadOnlyList<string>)[l.Title, l.LeadDepartment, l.ProgressLabel, ChinaTime.Day(l.DueOn), $"{l.DaysLate}天"]), shown.Late);
    }

    private async Task RunToPublicationAsync(BallotView ballot, Func<int, Task> cast)
    {
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await cast(d);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await venue.Api(sitting.Setup.ChiefCode).SignCountRecordAsync(ballot.Id);
        await sitting.Setup.Secretariat.PublishAsync(ballot.Id);
    }
}
