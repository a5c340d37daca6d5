using System.Text;
using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Demo;
using PeoplesCongress.VotingServer.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.PhonePages;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The pages between sittings on a server whose clock lives through the months: a deputy's suggestion submitted on
/// the phone, assigned on the secretariat's term page, answered B on the department's page, rated 不满意 with a reason,
/// answered A again and rated 满意, and the figures of 办理情况 as they follow; the secretariat setting a term up on
/// its page; and the dashboard of a term the size of 商州's. Every state is checked with axe and saved as a screenshot
/// at its users' sizes: the phone 390×844, the department 1366×768, the secretariat 1366×768 and 1920×1080.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class BetweenSittingsPagesTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly ShiftableClock clock = new();
    private TestVenue venue = null!;

    public async Task InitializeAsync()
    {
        venue = await TestVenue.StartWithClockAsync(clock);
        clock.MoveTo(Start);
    }

    public async Task DisposeAsync() => await venue.DisposeAsync();

    [Fact]
    public async Task ASuggestionIsSubmittedAssignedAnsweredRatedRehandledAndCountedThroughThePages()
    {
        var term = await PreparedTerm.CreateAsync(venue, venue.BootstrapCode!);
        var (lead, co) = (PreparedTerm.DepartmentNames[0], PreparedTerm.DepartmentNames[1]);
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        // The deputy submits on the phone, with a co-signer; an empty title is refused in the server's words.
        var phone = await OpenPhoneAsync(pages, term.DeputyCodes["T001"]);
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("您还没有提出或联名建议。");
        await AssertCleanAsync(phone, "phone-empty-list");
        await phone.GetByRole(AriaRole.Link, new() { Name = "提出建议" }).ClickAsync();
        await Expect(Heading(phone, "提出建议")).ToBeVisibleAsync();
        await phone.GetByLabel("建议内容").FillAsync("城关片区12个老旧小区管网老化、道路破损，群众反映强烈，建议列入年度改造计划。");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交建议" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Alert)).ToHaveTextAsync("请填写建议标题（不超过100字）。");
        await phone.GetByLabel("标题").FillAsync("关于加快城关片区老旧小区改造的建议");
        await phone.GetByLabel("联名代表的代表证号").FillAsync("T002");
        await AssertCleanAsync(phone, "phone-propose");
        await phone.EvaluateAsync("scrollTo(0, 0)");
        await ScreenshotAsync(phone, "phone-propose");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交建议" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("建议已提交，编号为第001号，等待秘书处交办承办单位。");
        await Expect(Heading(phone, "关于加快城关片区老旧小区改造的建议")).ToBeVisibleAsync();
        await Expect(phone.Locator(".rounds-none")).ToHaveTextAsync("尚未交办承办单位。");
        var suggestion = Assert.Single(await term.Secretariat.SuggestionsAsync(term.TermId));
        Assert.Equal(["届代表002"], suggestion.CoSigners);

        // The secretariat assigns it on the term page: lead and co-department.
        var secretariat = await pages.OpenAsync("/staff/term.html", 1366, 768);
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        await OpenTabAsync(secretariat, "代表建议");
        var row = secretariat.Locator($"tr[data-suggestion='{suggestion.Id}']");
        await Expect(row).ToContainTextAsync("待交办");
        await row.GetByRole(AriaRole.Button, new() { Name = "交办" }).ClickAsync();
        var dialog = secretariat.GetByRole(AriaRole.Dialog, new() { Name = "交办第001号建议" });
        await dialog.GetByLabel("主办单位").SelectOptionAsync(new SelectOptionValue { Label = lead });
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = co }).CheckAsync();
        await AssertCleanAsync(secretariat, "term-assign-dialog");
        await ScreenshotAsync(secretariat, "term-assign-dialog-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "交办" }).ClickAsync();
        await Expect(secretariat.GetByRole(AriaRole.Status).Filter(new() { HasText = "已交办" }))
            .ToHaveTextAsync($"第001号建议已交办{lead}，会办{co}，答复期限2027年6月1日。");
        await Expect(row).ToContainTextAsync("办理中");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "改办" })).ToBeVisibleAsync();
        await AssertCleanAsync(secretariat, "term-suggestions");
        await ScreenshotAsync(secretariat, "term-suggestions-1366");

        // Forty days on, the lead department answers B; the co-department sees it under 会办, with no form.
        clock.AdvanceDays(40);
        var coDepartment = await pages.OpenAsync("/staff/department.html", 1366, 768);
        await SignInAsAsync(coDepartment, term.DepartmentCodes[co]);
        await Expect(coDepartment.GetByRole(AriaRole.Tab, new() { Name = "会办（1）" })).ToBeVisibleAsync();
        await Expect(coDepartment.GetByRole(AriaRole.Tab, new() { Name = "主办待答复（0）" })).ToBeVisibleAsync();
        await OpenTabAsync(coDepartment, "会办（1）");
        await Expect(coDepartment.Locator($"article[data-suggestion='{suggestion.Id}']")).ToContainTextAsync($"主办单位{lead}");
        await Expect(coDepartment.GetByRole(AriaRole.Button, new() { Name = "提交答复" })).ToHaveCountAsync(0);

        var department = await pages.OpenAsync("/staff/department.html", 1366, 768);
        await SignInAsAsync(department, term.DepartmentCodes[lead]);
        await Expect(department.Locator(".reminder-summary")).ToHaveTextAsync("没有已超期或15天内到期的建议。");
        await OpenTabAsync(department, "主办待答复（1）");
        var card = department.Locator($"article[data-suggestion='{suggestion.Id}']");
        await Expect(card).ToContainTextAsync("答复期限：2027年6月1日");
        await ScreenshotAsync(department, "department-open-1366");
        await card.GetByText("B类（正在解决或列入计划）").ClickAsync();
        await card.GetByLabel("答复内容").FillAsync("已列入2027年老旧小区改造计划，三季度开工。");
        await AssertCleanAsync(department, "department-answer");
        await ScreenshotAsync(department, "department-answer-1366");
        await AnswerAsync(department, card);
        await Expect(department.GetByRole(AriaRole.Status).Filter(new() { HasText = "已答复" }))
            .ToHaveTextAsync("第001号建议已答复：B类（正在解决或列入计划）。");
        await Expect(department.GetByRole(AriaRole.Tab, new() { Name = "已答复（1）" })).ToBeVisibleAsync();

        // Five days on, the deputy reads the answer and rates 不满意: the reason is required, and it goes back.
        clock.AdvanceDays(5);
        await phone.GetByRole(AriaRole.Link, new() { Name = "我的建议", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("共1件，其中1件已答复，待您评价。");
        await AssertCleanAsync(phone, "phone-list");
        await ScreenshotAsync(phone, "phone-list");
        await phone.GetByRole(AriaRole.Link, new() { Name = "第001号" }).ClickAsync();
        var first = phone.Locator(".round[data-round='1']");
        await Expect(first).ToContainTextAsync("答复类别B类（正在解决或列入计划）");
        await Expect(first).ToContainTextAsync("答复期限2027年6月1日");
        await Expect(first).ToContainTextAsync($"会办单位{co}");
        var rating = phone.GetByRole(AriaRole.Form, new() { Name = "评价办理情况" });
        await rating.GetByRole(AriaRole.Radio, new() { Name = "不满意", Exact = true }).CheckAsync();
        await Expect(rating.GetByLabel("不满意的理由（必填）")).ToBeVisibleAsync();
        await rating.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(rating.GetByRole(AriaRole.Alert)).ToHaveTextAsync("请写明不满意的理由，承办单位将据此重新办理。");
        await rating.GetByLabel("不满意的理由（必填）").FillAsync("未明确开工时间和资金来源。");
        await rating.ScrollIntoViewIfNeededAsync();
        await AssertCleanAsync(phone, "phone-rating");
        await ScreenshotAsync(phone, "phone-rating");
        await rating.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status))
            .ToHaveTextAsync("已提交评价：不满意。建议已退回承办单位重新办理，答复期限为2027年5月15日。");
        await Expect(phone.Locator(".round[data-round='2']")).ToContainTextAsync("承办单位尚未答复");

        // Twenty days on, ten days before the new deadline: the department is reminded, and answers A.
        clock.AdvanceDays(20);
        await department.ReloadAsync();
        await Expect(department.Locator(".reminder-summary")).ToHaveTextAsync("0件已超过答复期限，1件将在15天内到期。");
        await Expect(department.Locator($".reminders tr[data-suggestion='{suggestion.Id}']")).ToContainTextAsync("还剩10天");
        await OpenTabAsync(department, "主办待答复（1）");
        await Expect(card).ToContainTextAsync("未明确开工时间和资金来源。");
        await card.GetByText("A类（已解决或采纳）").ClickAsync();
        await card.GetByLabel("答复内容").FillAsync("资金已落实，7月1日开工，年底完工。");
        await AnswerAsync(department, card);
        await Expect(department.GetByRole(AriaRole.Status).Filter(new() { HasText = "已再次答复" }))
            .ToHaveTextAsync("第001号建议已再次答复（重新办理）：A类（已解决或采纳）。");

        // The deputy rates 满意: closed, both rounds shown.
        await phone.ReloadAsync();
        await phone.GetByRole(AriaRole.Radio, new() { Name = "满意", Exact = true }).CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("已提交评价：满意。本建议已办结。");
        await Expect(phone.Locator(".detail-state")).ToContainTextAsync("已办结");
        await Expect(phone.Locator(".round[data-round='2']")).ToContainTextAsync("答复类别A类（已解决或采纳）");
        await Expect(phone.Locator(".round[data-round='2']")).ToContainTextAsync("代表评价满意");
        await AssertCleanAsync(phone, "phone-detail");
        await ScreenshotAsync(phone, "phone-detail");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "phone-detail-whole.png"), FullPage = true });

        // 办理情况: every figure as the rules count it.
        await OpenTabAsync(secretariat, "办理情况");
        await Expect(Figure(secretariat, "total")).ToHaveTextAsync("建议总数1件已交办1件");
        await Expect(Figure(secretariat, "on-time")).ToHaveTextAsync("按期办结率100.00%按期办结1件应办结1件");
        await Expect(Figure(secretariat, "class-a")).ToHaveTextAsync("A类1件已答复1件占100.00%");
        await Expect(Figure(secretariat, "class-b")).ToHaveTextAsync("B类0件占已答复的0.00%");
        await Expect(Figure(secretariat, "satisfied")).ToHaveTextAsync("满意率100.00%满意1件已评价1件");
        await Expect(Figure(secretariat, "satisfied-or-basically")).ToHaveTextAsync("满意及基本满意率100.00%满意及基本满意1件已评价1件");
        await Expect(Figure(secretariat, "overdue")).ToHaveTextAsync("超期未答复0件");
        await Expect(Figure(secretariat, "rehandled")).ToHaveTextAsync("重新办理1件");
        await Expect(secretariat.Locator($"table.rehandled tr[data-suggestion='{suggestion.Id}']")).ToContainTextAsync(lead);
        await Expect(secretariat.GetByText("没有超期未答复的建议。")).ToBeVisibleAsync();
        var station = secretariat.Locator("table.station-figures tr", new() { HasText = "城关代表联络站" });
        await Expect(station.Locator("td")).ToHaveTextAsync(["1", "1", "1", "1", "100.00%", "1", "0", "0", "100.00%", "100.00%", "0", "1"]);
        await AssertCleanAsync(secretariat, "term-figures");
        await ScreenshotAsync(secretariat, "term-figures-one-suggestion-1366");

        // The secretariat opens the suggestion in its list: both rounds, the answers and the ratings.
        await OpenTabAsync(secretariat, "代表建议");
        await row.GetByRole(AriaRole.Button, new() { Name = "关于加快城关片区老旧小区改造的建议" }).ClickAsync();
        var opened = secretariat.Locator($"#more-{suggestion.Id}");
        await Expect(opened.Locator(".round[data-round='1']")).ToContainTextAsync("代表评价不满意");
        await Expect(opened.Locator(".round[data-round='2']")).ToContainTextAsync("代表评价满意");
        await AssertCleanAsync(secretariat, "term-suggestion-opened");
        await secretariat.EvaluateAsync("document.querySelector('#suggestions-title').scrollIntoView()");
        await ScreenshotAsync(secretariat, "term-suggestion-opened-1366");
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task TheSecretariatSetsATermUpOnItsPageAndTheDeputySignsInWithTheCodeItShows()
    {
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var secretariat = await pages.OpenAsync("/staff/term.html", 1366, 768);
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        await Expect(secretariat.GetByRole(AriaRole.Heading, new() { Name = "建立本届" })).ToBeVisibleAsync();
        await AssertCleanAsync(secretariat, "term-first");
        await secretariat.GetByLabel("届的名称").FillAsync("测试区第十八届人民代表大会");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "建立届" }).ClickAsync();
        await Expect(secretariat.Locator("#term-name")).ToHaveTextAsync("测试区第十八届人民代表大会");
        await Expect(secretariat.Locator(".term-settings")).ToHaveTextAsync("答复期限3个月（难度大的6个月），重新办理1个月，期限前15天起提醒");

        // The register: a file with a faulty row imports nothing and names the row; the right one makes the stations.
        await ImportAsync(secretariat, "名册文件", "导入名册", "姓名,代表证号,代表联络站,状态\n届代表001,T001,城关代表联络站,在任\n,T002,江北代表联络站,在任\n");
        await Expect(secretariat.GetByRole(AriaRole.List, new() { Name = "名册中的错误" })).ToContainTextAsync("第3行");
        await ImportAsync(secretariat, "名册文件", "导入名册", PreparedTerm.RegisterCsv(6));
        await Expect(secretariat.GetByRole(AriaRole.Status).Filter(new() { HasText = "名册已导入" }))
            .ToHaveTextAsync("名册已导入：代表6人，代表联络站3个。");
        var deputy = secretariat.Locator("tr[data-number='T001']");
        await Expect(deputy).ToContainTextAsync("城关代表联络站");
        await Expect(deputy).ToContainTextAsync("未发放");
        await deputy.GetByRole(AriaRole.Button, new() { Name = "发放凭证" }).ClickAsync();
        var card = secretariat.Locator(".code-card");
        await Expect(card).ToContainTextAsync("届代表001（T001）");
        await Expect(card).ToContainTextAsync("/tablet/phone.html");
        await Expect(card.GetByRole(AriaRole.Img, new() { Name = "凭证二维码" })).ToBeVisibleAsync();
        await Expect(deputy).ToContainTextAsync("有效");
        var code = await card.Locator(".issued-code").InnerTextAsync();
        await AssertCleanAsync(secretariat, "term-deputies");
        await ScreenshotAsync(secretariat, "term-deputies-issued-1366");

        await OpenTabAsync(secretariat, "承办单位");
        await secretariat.GetByLabel("承办单位名称").FillAsync(PreparedTerm.DepartmentNames[0]);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "添加承办单位" }).ClickAsync();
        var department = secretariat.Locator("table.departments tr", new() { HasText = PreparedTerm.DepartmentNames[0] });
        await department.GetByRole(AriaRole.Button, new() { Name = "发放凭证" }).ClickAsync();
        await Expect(secretariat.Locator("#panel-departments .code-card")).ToContainTextAsync("/staff/department.html");
        await Expect(department).ToContainTextAsync("有效");
        await AssertCleanAsync(secretariat, "term-departments");
        await ScreenshotAsync(secretariat, "term-departments-1366");

        // A list of suggestions: a row naming a department the term does not have imports nothing.
        const string header = "编号,标题,内容,领衔代表证号,联名代表证号,主办单位,会办单位,难度大,交办日期\n";
        await OpenTabAsync(secretariat, "代表建议");
        await ImportAsync(secretariat, "建议清单文件", "导入建议清单", header + "18-001,关于增设公交线路的建议,江北新区无公交线路。,T001,,区水务局,,否,\n");
        var rowErrors = secretariat.GetByRole(AriaRole.List, new() { Name = "建议清单中的错误" });
        await Expect(rowErrors).ToContainTextAsync("第2行");
        await rowErrors.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(secretariat, "term-suggestions-import-errors-1366");
        await ImportAsync(secretariat, "建议清单文件", "导入建议清单",
            header + $"18-001,关于增设公交线路的建议,江北新区无公交线路。,T001,T002,{PreparedTerm.DepartmentNames[0]},,否,2027-01-10\n");
        await Expect(secretariat.GetByRole(AriaRole.Status).Filter(new() { HasText = "已导入" })).ToHaveTextAsync("已导入建议1件。");
        await Expect(secretariat.Locator("table.suggestions tbody tr[data-suggestion]")).ToHaveCountAsync(1);
        await Expect(secretariat.Locator("table.suggestions tbody tr[data-suggestion]")).ToContainTextAsync("2027年4月10日");

        // The deputy signs in on the phone with the code as the card shows it, and finds the suggestion.
        var phone = await OpenPhoneAsync(pages, code);
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "第18-001号" })).ToContainTextAsync("关于增设公交线路的建议");
        await Expect(phone.Locator("#who-name")).ToHaveTextAsync("届代表001");

        // Revoked on the term page, the credential takes the phone back to its sign-in with the server's reason.
        await OpenTabAsync(secretariat, "代表与联络站");
        await deputy.GetByRole(AriaRole.Button, new() { Name = "作废" }).ClickAsync();
        await secretariat.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "作废个人凭证" }).ClickAsync();
        await Expect(deputy).ToContainTextAsync("未发放");
        await phone.ReloadAsync();
        await Expect(Heading(phone, "代表登录")).ToBeVisibleAsync();
        await Expect(phone.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await AssertCleanAsync(phone, "phone-sign-in");
        await ScreenshotAsync(phone, "phone-sign-in-revoked");
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task TheDashboardOfATermTheSizeOfShangzhouShowsItsFiguresChartsAndTables()
    {
        var today = new DateOnly(2027, 12, 20);
        clock.MoveTo(new DateTimeOffset(2027, 12, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var termId = await GeneratedTerm.WriteAsync(venue.Service<GroupCommitWriter>(), "商州区第十八届人民代表大会", new(), today, clock.GetUtcNow());
        var api = venue.Api(venue.BootstrapCode!);
        var figures = await api.SuggestionFiguresAsync(termId);
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var secretariat = await pages.OpenAsync("/staff/term.html#figures");
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        var overall = figures.Overall;
        await Expect(Figure(secretariat, "total")).ToHaveTextAsync($"建议总数{overall.Total}件已交办{overall.Assigned}件");
        await Expect(Figure(secretariat, "on-time")).ToContainTextAsync($"{overall.OnTimeRate.Percent}%按期办结{overall.AnsweredOnTime}件应办结{overall.Due}件");
        await Expect(Figure(secretariat, "class-a")).ToContainTextAsync($"A类{overall.ClassA}件");
        await Expect(Figure(secretariat, "satisfied")).ToContainTextAsync($"满意率{overall.SatisfiedRate.Percent}%");
        await Expect(Figure(secretariat, "overdue")).ToHaveTextAsync($"超期未答复{overall.Overdue}件");
        await Expect(secretariat.Locator("table.station-figures tbody tr")).ToHaveCountAsync(74);
        await Expect(secretariat.Locator(".rate-rows .chart-track")).ToHaveCountAsync(40);
        await Expect(secretariat.Locator(".stacked-rows .chart-track")).ToHaveCountAsync(20);
        // Each chart's figures are a table for a screen reader: the first department's rates as the API gives them.
        var first = figures.ByDepartment[0];
        await Expect(secretariat.GetByRole(AriaRole.Table, new() { Name = "各承办单位按期办结率和满意率" }).GetByRole(AriaRole.Row).Nth(1))
            .ToHaveTextAsync($"{first.Name}{Rate(first.Figures.OnTimeRate)}{Rate(first.Figures.SatisfiedRate)}");
        await Expect(secretariat.Locator($"table.due-table tbody tr")).ToHaveCountAsync(figures.Overdue.Count);
        await Expect(secretariat.Locator("table.rehandled tbody tr")).ToHaveCountAsync(figures.Rehandled.Count);
        await AssertCleanAsync(secretariat, "term-figures-shangzhou");
        foreach (var (width, height) in new[] { (1920, 1080), (1366, 768) })
        {
            await secretariat.SetViewportSizeAsync(width, height);
            await secretariat.EvaluateAsync("scrollTo(0, 0)");
            await ScreenshotAsync(secretariat, $"term-figures-{width}");
            await secretariat.EvaluateAsync("document.querySelector('#by-department-title').scrollIntoView()");
            await ScreenshotAsync(secretariat, $"term-figures-charts-{width}");
            await secretariat.EvaluateAsync("document.querySelector('#by-station-title').scrollIntoView()");
            await ScreenshotAsync(secretariat, $"term-figures-stations-{width}");
        }

        // Another day: the figures as they stood then.
        var earlier = await api.SuggestionFiguresAsync(termId, new DateOnly(2027, 6, 30));
        await secretariat.GetByLabel("统计截至（默认为今天）").FillAsync("2027-06-30");
        await Expect(secretariat.GetByRole(AriaRole.Heading, new() { Name = "总体情况（截至2027年6月30日）" })).ToBeVisibleAsync();
        await Expect(Figure(secretariat, "on-time")).ToContainTextAsync($"{earlier.Overall.OnTimeRate.Percent}%按期办结{earlier.Overall.AnsweredOnTime}件");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "回到今天" }).ClickAsync();
        await Expect(secretariat.GetByRole(AriaRole.Heading, new() { Name = "总体情况（截至2027年12月20日）" })).ToBeVisibleAsync();

        foreach (var (tab, name) in new[] { ("代表建议", "suggestions"), ("代表与联络站", "deputies") })
        {
            await OpenTabAsync(secretariat, tab);
            await Expect(secretariat.Locator($"#panel-{name} tbody tr[data-suggestion], #panel-{name} tbody tr[data-number]").First).ToBeVisibleAsync();
            await AssertCleanAsync(secretariat, $"term-{name}-shangzhou");
            await ScreenshotAsync(secretariat, $"term-{name}-shangzhou-1366");
            await secretariat.EvaluateAsync($"document.querySelector('#{name}-title').scrollIntoView()");
            await ScreenshotAsync(secretariat, $"term-{name}-list-shangzhou-1366");
        }

        // A department with a year's work behind it, some of it overdue.
        var busiest = figures.ByDepartment.MaxBy(d => d.Figures.Overdue)!.Name;
        var lead = (await api.DepartmentsAsync(termId)).Single(d => d.Name == busiest);
        var code = (await api.IssueDepartmentCredentialAsync(termId, lead.Id)).Code;
        var department = await pages.OpenAsync("/staff/department.html", 1366, 768);
        await SignInAsAsync(department, code);
        await Expect(department.Locator(".reminder-summary")).Not.ToHaveTextAsync("正在读取…");
        await Expect(department.Locator("article[data-suggestion]").First).ToBeVisibleAsync();
        await AssertCleanAsync(department, "department-shangzhou");
        await ScreenshotAsync(department, "department-shangzhou-1366");
        await OpenTabAsync(department, "已答复");
        await Expect(department.Locator("#panel-answered article[data-suggestion]").First).ToBeVisibleAsync();
        await ScreenshotAsync(department, "department-answered-shangzhou-1366");
        pages.AssertNoScriptErrors();
    }

    private static string Rate(ShareView share) => $"{share.Percent}%（{share.Numerator}/{share.Denominator}）";

    /// <summary>Chooses a CSV file for the import field labelled <paramref name="label"/> and presses its button.</summary>
    private static async Task ImportAsync(IPage page, string label, string button, string csv)
    {
        await page.GetByLabel(label).SetInputFilesAsync(new FilePayload { Name = "list.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    private static ILocator Figure(IPage page, string key) => page.Locator($".big-figure[data-figure='{key}']");

    private static async Task AnswerAsync(IPage department, ILocator card)
    {
        await card.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await department.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
    }
}
