using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Projects;

/// <summary>
/// A year of 民生实事 projects through the API (RULES.md "民生实事: the whole cycle"), on a server whose clock lives
/// through it: gathered from the public form and the departments, screened, put to the sitting with its 差额, adopted
/// from the published result, planned, reported on, inspected, appraised at the next sitting, grades written back.
/// </summary>
public sealed class ProjectCycleTests : IAsyncLifetime
{
    private readonly ShiftableClock clock = new();
    private TestVenue venue = null!;
    private PreparedTerm term = null!;
    private SignedInSitting sitting = null!;

    public async Task InitializeAsync()
    {
        venue = await TestVenue.StartWithClockAsync(clock);
        clock.MoveTo(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)));
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
    private static string DepartmentName(int index) => PreparedTerm.DepartmentNames[index];

    [Fact]
    public async Task AYearOfProjectsFromTheirProposalsToTheGradesOfTheNextSitting()
    {
        var anyone = new VenueApiClient(venue.Http());
        await AssertRefused(ErrorCodes.ProjectState, anyone.ProposePublicAsync(term.TermId, new("新建口袋公园", "城关片区无休闲场地。", SubmitterName: "王大爷", SubmitterPhone: "13800000001")));
        await Secretariat.SetCollectionAsync(term.TermId, 2027);
        Assert.Equal(new PublicTermView(term.TermId, "测试区第十八届人民代表大会", 2027), Assert.Single(await anyone.PublicTermsAsync()));
        var park = await anyone.ProposePublicAsync(term.TermId, new("新建口袋公园", "城关片区无休闲场地。", "城关街道", SubmitterName: "王大爷", SubmitterPhone: "13800000001"));
        await AssertRefused(ErrorCodes.Invalid, anyone.ProposePublicAsync(term.TermId, new("修路", "路坏了。")));
        var school = await Secretariat.EnterProposalAsync(term.TermId, new("中心小学操场改造", "塑胶跑道300米。", "江北", 180m, DepartmentName(2)));
        var road = await Secretariat.EnterProposalAsync(term.TermId, new("通村道路硬化", "硬化道路12公里。", "东关", 600m, DepartmentName(1)));
        var pipes = await Secretariat.EnterProposalAsync(term.TermId, new("老旧小区管网改造", "更换供水管网8公里。", "城关", 450m, DepartmentName(0)));
        var lights = await Secretariat.EnterProposalAsync(term.TermId, new("农村道路亮灯", "太阳能路灯800盏。", "东关", 240m, DepartmentName(1), Source: ProposalSources.Deputy));
        Assert.Equal("13800000001", (await Secretariat.ProposalsAsync(term.TermId, 2027)).Single(p => p.Id == park.Id).SubmitterPhone);

        await Secretariat.ScreenProposalAsync(term.TermId, park.Id, new(ProposalScreening.Accepted, LeadDepartment: DepartmentName(0), BudgetWan: 90m));
        foreach (var id in new[] { school.Id, road.Id, pipes.Id }) await Secretariat.ScreenProposalAsync(term.TermId, id, new(ProposalScreening.Accepted));
        await AssertRefused(ErrorCodes.Invalid, Secretariat.ScreenProposalAsync(term.TermId, lights.Id, new(ProposalScreening.Rejected)));
        await Secretariat.ScreenProposalAsync(term.TermId, lights.Id, new(ProposalScreening.Rejected, "已列入省级交通项目。"));

        // 差额: three places need at least four candidates; a rejected proposal is never one.
        await AssertRefused(ErrorCodes.Invalid, Secretariat.CreateCandidateListAsync(term.TermId, new(sitting.Setup.SittingId, 3, [park.Id, school.Id, road.Id])));
        await AssertRefused(ErrorCodes.ProjectState, Secretariat.CreateCandidateListAsync(term.TermId, new(sitting.Setup.SittingId, 3, [park.Id, school.Id, road.Id, lights.Id])));
        clock.MoveTo(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.FromHours(8)));
        var vote = await Secretariat.CreateCandidateListAsync(term.TermId, new(sitting.Setup.SittingId, 3, [park.Id, school.Id, road.Id, pipes.Id]));
        Assert.Equal(["新建口袋公园", "中心小学操场改造", "通村道路硬化", "老旧小区管网改造"], vote.Items.Select(i => i.Name));
        Assert.Equal((90m, DepartmentName(0)), (vote.Items[0].BudgetWan!.Value, vote.Items[0].LeadDepartment));
        await AssertRefused(ErrorCodes.ProjectState, Secretariat.AdoptProjectsAsync(term.TermId, new(vote.Id)));

        // The sitting votes: the school, the road and the pipes are chosen.
        await RunToPublicationAsync(vote, d => sitting.MarkAsync(d, vote, d < 2 ? [0, 1, 2] : [1, 2, 3]));
        var adopted = await Secretariat.AdoptProjectsAsync(term.TermId, new(vote.Id));
        Assert.Equal(["中心小学操场改造", "通村道路硬化", "老旧小区管网改造"], adopted.Select(p => p.Title));
        Assert.All(adopted, p => Assert.Equal((new DateOnly(2027, 12, 31), "按计划推进"), (p.DeadlineOn, p.ProgressLabel)));
        await AssertRefused(ErrorCodes.ProjectState, Secretariat.AdoptProjectsAsync(term.TermId, new(vote.Id)));
        var pipesProject = adopted.Single(p => p.Title == "老旧小区管网改造");
        var roadProject = adopted.Single(p => p.Title == "通村道路硬化");

        // 监督: the plan, a report with a milestone done, an inspection by a deputy of the group and only by one.
        var planned = await Secretariat.PlanProjectAsync(term.TermId, pipesProject.Id, new(new DateOnly(2027, 10, 31),
            [new("开工", new DateOnly(2027, 4, 30)), new("主体完工", new DateOnly(2027, 8, 31))], ["T001", "T002"]));
        Assert.Equal(["届代表001", "届代表002"], planned.Project.Supervisors);
        clock.MoveTo(new DateTimeOffset(2027, 4, 20, 9, 0, 0, TimeSpan.FromHours(8)));
        await AssertRefused(ErrorCodes.NotFound, Department(1).ReportProgressAsync(term.TermId, pipesProject.Id, new("已开工", 30)));
        var reported = await Department(0).ReportProgressAsync(term.TermId, pipesProject.Id, new("4月18日开工，完成管材采购。", 30, [planned.Project.Milestones[0].Id]));
        Assert.Equal((30, new DateOnly(2027, 4, 20)), (reported.Project.PercentDone, reported.Project.Milestones[0].DoneOn!.Value));
        await AssertRefused(ErrorCodes.NotFound, venue.Api(term.DeputyCodes["T003"]).RecordInspectionAsync(term.TermId, pipesProject.Id, "看过了"));
        await venue.Api(term.DeputyCodes["T001"]).RecordInspectionAsync(term.TermId, pipesProject.Id, "现场查看施工，围挡规范，建议加快进度。");
        Assert.Equal([pipesProject.Id], (await venue.Api(term.DeputyCodes["T002"]).ProjectsAsync(term.TermId)).Select(p => p.Id));
        Assert.Empty(await venue.Api(term.DeputyCodes["T003"]).ProjectsAsync(term.TermId));

        // In September the second milestone is late; then the pipes are delivered before their deadline.
        clock.MoveTo(new DateTimeOffset(2027, 9, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        var september = await Secretariat.ProjectFiguresAsync(term.TermId, 2027);
        Assert.Equal((3, 2, 1, 0), (september.Overall.Total, september.Overall.OnSchedule, september.Overall.Behind, september.Overall.Delivered));
        Assert.Equal((pipesProject.Id, "进度滞后", new DateOnly(2027, 8, 31), 10), (september.Late[0].Id, september.Late[0].ProgressLabel, september.Late[0].DueOn, september.Late[0].DaysLate));
        await Department(0).ReportProgressAsync(term.TermId, pipesProject.Id, new("管网全部更换完毕，通过验收。", 100, [planned.Project.Milestones[1].Id], Delivered: true));
        clock.MoveTo(new DateTimeOffset(2028, 1, 5, 9, 0, 0, TimeSpan.FromHours(8)));
        await Department(1).ReportProgressAsync(term.TermId, roadProject.Id, new("道路硬化完成。", 100, Delivered: true));

        // 测评 at the next sitting, made from the register in one step; its published grades come back.
        var appraisal = await Secretariat.CreateProjectAppraisalAsync(term.TermId, new(sitting.Setup.SittingId, 2027));
        Assert.Equal((BallotKind.Satisfaction, 3), (appraisal.Kind, appraisal.Items.Count));
        await AssertRefused(ErrorCodes.ProjectState, Secretariat.CreateProjectAppraisalAsync(term.TermId, new(sitting.Setup.SittingId, 2027)));
        await RunToPublicationAsync(appraisal, d => sitting.ChooseAsync(d, appraisal,
            (0, "satisfied"), (1, d < 3 ? "satisfied" : "basically-satisfied"), (2, d < 6 ? "dissatisfied" : "satisfied")));
        var graded = await Secretariat.WriteBackGradesAsync(term.TermId, appraisal.Id);
        Assert.Equal(["满意", "基本满意", "不满意"], graded.Select(p => p.Grade));
        var figures = await Secretariat.ProjectFiguresAsync(term.TermId, 2027);
        Assert.Equal((2, 1, 3), (figures.Overall.Delivered, figures.Overall.DeliveredOnTime, figures.Overall.Rated));
        Assert.Equal([("满意", 1), ("基本满意", 1), ("不满意", 1)], figures.Overall.Grades.Select(g => (g.Grade, g.Count)));

        // The year's report states the same figures, PDF and workbook alike.
        var pdf = Path.Combine(venue.DataDirectory, "projects.pdf");
        await File.WriteAllBytesAsync(pdf, await Secretariat.ProjectReportAsync(term.TermId, 2027, "pdf"));
        var text = System.Text.RegularExpressions.Regex.Replace(await Programs.RunAsync("pdftotext", pdf, "-"), @"\s+", "");
        Assert.Contains("测试区第十八届人民代表大会2027年度民生实事项目实施情况报告（截至2028年1月5日）", text);
        Assert.Contains("截至2028年1月5日，2027年度民生实事项目共3项，已完成2项（按期完成1项），完成率66.67%，按期完成率50.00%；"
            + "正在实施的项目中按计划推进0项、进度滞后1项；经代表满意度测评3项，其中满意1项、基本满意1项、不满意1项。", text);
        foreach (var project in graded) Assert.Contains(project.Title, text);
        using (var workbook = new MemoryStream(await Secretariat.ProjectReportAsync(term.TermId, 2027, "xlsx")))
        {
            var rows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "各项目").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(graded.Select(p => (p.Title, p.Grade!)), rows.Select(r => ((string)r["项目名称"], (string)r["测评等次"])));
        }

        // One page of history; the public page and a department's view carry no telephone.
        var history = await Secretariat.ProjectAsync(term.TermId, pipesProject.Id);
        Assert.Equal((vote.Id, appraisal.Id, 2, 1), (history.Vote.BallotId, history.Appraisal!.BallotId, history.Reports.Count, history.Inspections.Count));
        Assert.Equal("代表届代表001", history.Inspections[0].By);
        var parkHistoryForDepartment = await Department(2).ProjectAsync(term.TermId, adopted.Single(p => p.Title == "中心小学操场改造").Id);
        Assert.Null(parkHistoryForDepartment.Proposal!.SubmitterPhone);
        var open = await anyone.PublicProjectsAsync(term.TermId, 2027);
        Assert.Equal([("中心小学操场改造", "满意"), ("通村道路硬化", "基本满意"), ("老旧小区管网改造", "不满意")], open.Select(p => (p.Title, p.Grade!)));
    }

    [Fact]
    public async Task ThePublicFormIsLimitedPerAddress()
    {
        await Secretariat.SetCollectionAsync(term.TermId, 2027);
        var anyone = new VenueApiClient(venue.Http());
        for (var i = 0; i < 5; i++)
            await anyone.ProposePublicAsync(term.TermId, new($"项目{i}", "内容", SubmitterName: "张三", SubmitterPhone: "13900000000"));
        await AssertRefused(ErrorCodes.TooManyRequests, anyone.ProposePublicAsync(term.TermId, new("项目5", "内容", SubmitterName: "张三", SubmitterPhone: "13900000000")));
        Assert.Equal(5, (await Secretariat.ProposalsAsync(term.TermId)).Count);
    }

    [Fact]
    public async Task ProposalsImportedFromAListAreAllOrNone()
    {
        const string header = "项目名称,项目内容,实施地点,估算投资（万元）,承办单位,来源,建议人,联系电话\n";
        var bad = header + "敬老院改造,改造床位60张,东关,120,区民政局,群众,李四,13700000000\n文化广场,新建广场,城关,八十,,部门,,\n";
        var refused = await Assert.ThrowsAsync<VenueException>(() => Secretariat.ImportProposalsAsync(term.TermId, 2027, System.Text.Encoding.UTF8.GetBytes(bad)));
        Assert.Equal(ErrorCodes.ProposalsInvalid, refused.Code);
        Assert.Empty(await Secretariat.ProposalsAsync(term.TermId));

        var good = header + "敬老院改造,改造床位60张,东关,120,区民政局,群众,李四,13700000000\n文化广场,新建广场,城关,80.5,,部门,,\n";
        Assert.Equal(2, (await Secretariat.ImportProposalsAsync(term.TermId, 2027, System.Text.Encoding.UTF8.GetBytes(good))).Proposals);
        var proposals = await Secretariat.ProposalsAsync(term.TermId, 2027);
        Assert.Equal([("敬老院改造", ProposalSources.Public, 120m), ("文化广场", ProposalSources.Department, 80.5m)],
            proposals.Select(p => (p.Title, p.Source, p.BudgetWan!.Value)));
        Assert.All(proposals, p => Assert.Equal(ProposalScreening.Pending, p.Screening));
    }

    private async Task RunToPublicationAsync(BallotView ballot, Func<int, Task> cast)
    {
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await cast(d);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await venue.Api(sitting.Setup.ChiefCode).SignCountRecordAsync(ballot.Id);
        await sitting.Setup.Secretariat.PublishAsync(ballot.Id);
    }

    private static async Task AssertRefused(string code, Task call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<VenueException>(() => call)).Code);
}
