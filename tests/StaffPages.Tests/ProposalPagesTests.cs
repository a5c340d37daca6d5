using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The first half of a year's 民生实事 projects on the secretariat's term page, on a server whose clock lives through
/// it: the public collection opened, a proposal from the public form, two entered by hand and two imported (after a
/// faulty list is refused whole), screened (a rejection without reason refused in the server's words), the candidate
/// list refused for too few candidates and then put on the sitting's agenda, voted through the API, and the chosen
/// projects adopted on the page. Every state is checked with axe and saved as a screenshot at 1366×768.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class ProposalPagesTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const int Year = 2027;
    private static readonly string[] Departments = PreparedTerm.DepartmentNames;

    private readonly ShiftableClock clock = new();
    private TestVenue venue = null!;

    public async Task InitializeAsync()
    {
        venue = await TestVenue.StartWithClockAsync(clock);
        clock.MoveTo(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    public async Task DisposeAsync() => await venue.DisposeAsync();

    [Fact]
    public async Task ProposalsAreGatheredScreenedPutToTheSittingAndTheChosenOnesAdopted()
    {
        var term = await PreparedTerm.CreateAsync(venue, venue.BootstrapCode!);
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var sittingName = (await term.Secretariat.SittingsAsync()).Single(s => s.Id == sitting.Setup.SittingId).Name;
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/term.html", 1366, 768);
        await SignInAsAsync(page, venue.BootstrapCode!);
        await ProposalSteps.OpenAsync(page, Year);
        await Expect(page.Locator("#collection-state")).ToContainTextAsync("未公开征集");
        await AssertCleanAsync(page, "term-proposals-empty");
        await ScreenshotAsync(page, "term-proposals-empty-1366");

        // 征集: the public form opens for the year; a proposal comes through it.
        await ProposalSteps.OpenCollectionAsync(page, Year);
        await Expect(page.Locator("#collection-state")).ToContainTextAsync($"提交{Year}年度的项目建议");
        Assert.Equal(Year, Assert.Single(await new VenueApiClient(venue.Http()).PublicTermsAsync()).CollectingYear);
        var park = await new VenueApiClient(venue.Http()).ProposePublicAsync(term.TermId,
            new("新建口袋公园", "城关片区无休闲场地，建议新建口袋公园两处。", "城关街道", SubmitterName: "王大爷", SubmitterPhone: "13800000001"));

        // Two by hand, from a department and from a deputy.
        await ProposalSteps.OpenAsync(page, Year);
        var school = await ProposalSteps.EnterAsync(page, new("中心小学操场改造", "新建300米塑胶跑道和篮球场。", "江北", 180m, Departments[2]));
        await page.GetByLabel("项目名称").First.FillAsync("通村道路硬化");
        await AssertCleanAsync(page, "term-proposals-entry");
        await ScreenshotAsync(page, "term-proposals-entry-1366");
        var road = await ProposalSteps.EnterAsync(page,
            new("通村道路硬化", "硬化通村道路12公里。", "东关", 600m, Departments[1], "代表", "届代表003", "13900000003"));

        // A list with a faulty row imports nothing and names the row; the right one imports both.
        const string header = "项目名称,项目内容,实施地点,估算投资（万元）,承办单位,来源,建议人,联系电话\n";
        await ProposalSteps.TryImportAsync(page, header + "老旧小区管网改造,更换供水管网8公里,城关,450,区住房和城乡建设局,部门,,\n农村道路亮灯,,东关,二百四十,区交通运输局,联络站,,\n");
        var errors = page.GetByRole(AriaRole.List, new() { Name = "项目清单中的错误" });
        await Expect(errors).ToContainTextAsync("第3行");
        await Expect(page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await errors.ScrollIntoViewIfNeededAsync();
        await AssertCleanAsync(page, "term-proposals-import-refused");
        await ScreenshotAsync(page, "term-proposals-import-refused-1366");
        Assert.Equal(3, (await term.Secretariat.ProposalsAsync(term.TermId, Year)).Count);
        await ProposalSteps.ImportAsync(page, header + "老旧小区管网改造,更换供水管网8公里，惠及3200户。,城关,450,区住房和城乡建设局,部门,,\n"
            + "农村道路亮灯,太阳能路灯800盏。,东关,240,区交通运输局,联络站,,\n", Year, 2);
        var proposals = await term.Secretariat.ProposalsAsync(term.TermId, Year);
        var pipes = proposals.Single(p => p.Title == "老旧小区管网改造").Id;
        var lights = proposals.Single(p => p.Title == "农村道路亮灯").Id;
        var parkRow = ProposalSteps.Row(page, park.Id);
        await Expect(parkRow).ToContainTextAsync("群众王大爷13800000001");
        await Expect(parkRow).ToContainTextAsync("待初选");
        await ScrollToAsync(page, "#proposals-title");
        await AssertCleanAsync(page, "term-proposals-list");
        await ScreenshotAsync(page, "term-proposals-list-1366");

        // 初选: four accepted, the public one with its department and budget settled; a rejection needs its reason.
        await ProposalSteps.AcceptAsync(page, park.Id, Departments[0], 90m);
        foreach (var id in new[] { school, road, pipes }) await ProposalSteps.AcceptAsync(page, id);
        var dialog = await ProposalSteps.TryScreenAsync(page, lights, accept: false);
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("不列入的项目请写明理由。");
        await AssertCleanAsync(page, "term-proposals-screening-refused");
        await ScreenshotAsync(page, "term-proposals-screening-refused-1366");
        await ProposalSteps.RejectAsync(page, lights, "已列入省级交通项目。");
        await Expect(parkRow).ToContainTextAsync(Departments[0]);
        await Expect(parkRow.Locator("td.figure")).ToHaveTextAsync("90");
        await page.GetByLabel("初选状态").SelectOptionAsync(new SelectOptionValue { Label = "不列入（1）" });
        await Expect(page.Locator("table.proposals tbody tr[data-proposal]")).ToHaveCountAsync(1);
        await page.GetByLabel("初选状态").SelectOptionAsync(new SelectOptionValue { Label = "全部（5）" });
        var screened = (await term.Secretariat.ProposalsAsync(term.TermId, Year)).ToDictionary(p => p.Id);
        Assert.Equal([ProposalScreening.Accepted, ProposalScreening.Accepted, ProposalScreening.Accepted, ProposalScreening.Accepted, ProposalScreening.Rejected],
            new[] { park.Id, school, road, pipes, lights }.Select(id => screened[id].Screening));
        Assert.Equal((Departments[0], 90m), (screened[park.Id].LeadDepartment, screened[park.Id].BudgetWan!.Value));
        Assert.Equal("已列入省级交通项目。", screened[lights].ScreeningNote);

        // 差额: three candidates for three places are refused in the server's words; four go on the agenda.
        clock.MoveTo(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.FromHours(8)));
        await ProposalSteps.TryCreateCandidateListAsync(page, [park.Id, school, road], 3, sittingName);
        await Expect(page.Locator("#margin-rule")).ToHaveTextAsync("本届差额规则：候选项目应多于应选项目至少1项。应选3项至少需要4个候选项目，已选3个，还差1个。");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "候选项目与票决" });
        await Expect(form.GetByRole(AriaRole.Alert)).ToHaveTextAsync("差额票决的候选项目应不少于4个（应选3个，多于应选至少1个），现为3个。");
        await ScrollToAsync(page, "#candidate-list-title");
        await AssertCleanAsync(page, "term-candidates-refused");
        await ScreenshotAsync(page, "term-candidates-refused-1366");
        var created = await ProposalSteps.CreateCandidateListAsync(page, [park.Id, school, road, pipes], 3, sittingName);
        Assert.Equal($"已将4个候选项目列入“{sittingName}”议程第2项“{Year}年度民生实事项目票决”（应选3项，差额1项），现为草稿，待主席团开始表决。", created);
        await Expect(form.GetByRole(AriaRole.Link, new() { Name = $"打开“{sittingName}”的议程与表决" })).ToHaveAttributeAsync("href", "/staff/secretariat.html#agenda");
        var ballotId = (await term.Secretariat.ProposalsAsync(term.TermId, Year)).Single(p => p.Id == park.Id).BallotId!.Value;
        var vote = (await sitting.Setup.Secretariat.BallotsAsync(sitting.Setup.SittingId)).Single(b => b.Id == ballotId);
        Assert.Equal((BallotState.Draft, 3, 2), (vote.State, vote.Places, vote.AgendaPosition));
        Assert.Equal(["新建口袋公园", "中心小学操场改造", "通村道路硬化", "老旧小区管网改造"], vote.Items.Select(i => i.Name));
        Assert.Equal((90m, Departments[0]), (vote.Items[0].BudgetWan!.Value, vote.Items[0].LeadDepartment));
        await Expect(ProposalSteps.Row(page, park.Id)).ToContainTextAsync("已列入票决");
        await Expect(ProposalSteps.BallotRow(page, ballotId)).ToContainTextAsync("草稿，待表决");
        await ScrollToAsync(page, "#candidate-list-title");
        await AssertCleanAsync(page, "term-candidates-created");
        await ScreenshotAsync(page, "term-candidates-created-1366");

        // The link opens the secretariat's page on that sitting, where the draft waits on the agenda.
        await form.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#sitting-name")).ToHaveTextAsync(sittingName);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "议程与表决" })).ToHaveAttributeAsync("aria-selected", "true");
        await page.GoBackAsync();
        await Expect(ProposalSteps.BallotRow(page, ballotId)).ToContainTextAsync("草稿，待表决");

        // The sitting votes through the API: the school, the road and the pipes are chosen.
        await sitting.Presidium.OpenBallotAsync(vote.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, vote, d < 2 ? [0, 1, 2] : [1, 2, 3]);
        await sitting.Presidium.CloseBallotAsync(vote.Id);
        await ProposalSteps.OpenAsync(page, Year);
        await Expect(ProposalSteps.BallotRow(page, ballotId)).ToContainTextAsync("已结束，待公告");
        await venue.Api(sitting.Setup.ChiefCode).SignCountRecordAsync(vote.Id);
        await sitting.Setup.Secretariat.PublishAsync(vote.Id);

        // 确定项目 on the page, each to be done by the end of October.
        await ProposalSteps.OpenAsync(page, Year);
        await ScrollToAsync(page, "#candidate-list-title");
        await AssertCleanAsync(page, "term-adoption-published");
        await ScreenshotAsync(page, "term-adoption-published-1366");
        var adoptedText = await ProposalSteps.AdoptAsync(page, ballotId, new DateOnly(Year, 10, 31));
        Assert.Equal($"已据“{Year}年度民生实事项目票决”的公告结果确定3个民生实事项目：中心小学操场改造、通村道路硬化、老旧小区管网改造。", adoptedText);
        var adopted = await term.Secretariat.ProjectsAsync(term.TermId, Year);
        Assert.Equal([("中心小学操场改造", Departments[2]), ("通村道路硬化", Departments[1]), ("老旧小区管网改造", Departments[0])],
            adopted.Select(p => (p.Title, p.LeadDepartment)));
        Assert.All(adopted, p => Assert.Equal((new DateOnly(Year, 10, 31), new DateOnly(Year, 1, 12)), (p.DeadlineOn, p.AdoptedOn)));
        var table = page.Locator("table.adopted-projects tbody tr");
        await Expect(table).ToHaveCountAsync(3);
        await Expect(table.First).ToHaveTextAsync($"中心小学操场改造江北180{Departments[2]}2027年1月12日2027年10月31日");
        await Expect(ProposalSteps.BallotRow(page, ballotId)).ToContainTextAsync("已确定3个项目");
        await Expect(ProposalSteps.Row(page, school)).ToContainTextAsync("已确定为项目");
        await Expect(ProposalSteps.Row(page, park.Id)).ToContainTextAsync("票决未入选");
        await ScrollToAsync(page, "#adoption-title");
        await AssertCleanAsync(page, "term-adoption-done");
        await ScreenshotAsync(page, "term-adoption-done-ballots-1366");
        await ScrollToAsync(page, "#adopted-title");
        await ScreenshotAsync(page, "term-adoption-done-1366");
        await page.SetViewportSizeAsync(1920, 1080);
        await page.EvaluateAsync("scrollTo(0, 0)");
        await ScreenshotAsync(page, "term-proposals-top-1920");
        await ScrollToAsync(page, "#proposals-title");
        await ScreenshotAsync(page, "term-proposals-done-1920");
        pages.AssertNoScriptErrors();
    }

    private static Task ScrollToAsync(IPage page, string selector) =>
        page.EvaluateAsync($"document.querySelector('{selector}').scrollIntoView()");

    private static Task AssertCleanAsync(IPage page, string state) => AxeCheck.AssertCleanAsync(page, state);
}
