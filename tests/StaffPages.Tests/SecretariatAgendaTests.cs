using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// 议程与表决 as the secretariat checks and corrects it before the sitting: every item's details, a draft edited with
/// the same form, moved and deleted after a confirmation, errors that go once they no longer apply, and the grade
/// threshold chosen as people say it.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class SecretariatAgendaTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    private static readonly CreateBallotRequest Survey = new("2026年度镇政府部门满意度测评", Kind: BallotKind.Satisfaction,
        Items: [new("镇财政所", Group: "站所"), new("镇派出所", Group: "派驻机构"), new("镇社会事务办", Group: "内设机构")],
        GradeThresholdNumerator: 2, GradeThresholdDenominator: 3);

    [Fact]
    public async Task AnItemOpensToShowEveryProjectOrTargetAndItsSettingsInWords()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 5);
        var survey = await sitting.Secretariat.CreateBallotAsync(sitting.SittingId, Survey);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html#agenda");
        await SignInAsAsync(page, venue.BootstrapCode!);
        var agenda = Region(page, "议程");
        await Expect(agenda.Locator("tbody tr")).ToHaveCountAsync(2);

        var projects = page.Locator($"tr[data-ballot='{sitting.Ballot.Id}']");
        await projects.GetByRole(AriaRole.Button, new() { Name = "详情" }).ClickAsync();
        var details = page.Locator($"#agenda-details-{sitting.Ballot.Id}");
        await Expect(details).ToContainTextAsync("从5个候选项目中选择不超过3个（差额票决，应选3项）。");
        await Expect(details).ToContainTextAsync("通过规则：赞成票超过全体代表的半数。");
        await Expect(details).ToContainTextAsync("无记名投票。");
        foreach (var item in PreparedSitting.FiveChooseThree.Items!)
        {
            var row = details.Locator("tbody tr").Filter(new() { HasText = item.Name });
            await Expect(row).ToContainTextAsync(item.Content);
            await Expect(row).ToContainTextAsync(item.LeadDepartment);
        }
        await Expect(projects.GetByRole(AriaRole.Button, new() { Name = "收起" })).ToHaveAttributeAsync("aria-expanded", "true");

        await page.Locator($"tr[data-ballot='{survey.Id}']").GetByRole(AriaRole.Button, new() { Name = "详情" }).ClickAsync();
        var targets = page.Locator($"#agenda-details-{survey.Id}");
        await Expect(targets).ToContainTextAsync("3个测评对象，测评档次：满意 / 基本满意 / 不满意。");
        await Expect(targets).ToContainTextAsync("等次门槛：得票须超过全体代表人数的三分之二；恰好等于时由主席团决定等次。");
        await Expect(targets.Locator("tbody tr")).ToHaveTextAsync(["1镇财政所站所", "2镇派出所派驻机构", "3镇社会事务办内设机构"]);
        await ScreenshotAsync(page, "secretariat-agenda-details-1920");
        await page.SetViewportSizeAsync(1366, 768);
        await details.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "secretariat-agenda-details-1366");
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ADraftIsEditedWithTheSameFormMovedAndDeletedOnlyAfterAConfirmation()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 5);
        var survey = await sitting.Secretariat.CreateBallotAsync(sitting.SittingId, Survey);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html#agenda", 1366, 768);
        await SignInAsAsync(page, venue.BootstrapCode!);

        await page.Locator($"tr[data-ballot='{sitting.Ballot.Id}']").GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "修改议程第1项" });
        await Expect(form.GetByLabel("名称", new() { Exact = true })).ToHaveValueAsync(sitting.Ballot.Title);
        await Expect(form.GetByLabel("第5行项目名称")).ToHaveValueAsync("集镇污水管网改造项目");
        await Expect(form.GetByLabel("应选项目数（N）")).ToHaveValueAsync("3");
        await ScreenshotAsync(page, "secretariat-agenda-edit-1366");
        await page.SetViewportSizeAsync(1920, 1080);
        await ScreenshotAsync(page, "secretariat-agenda-edit-1920");
        await page.SetViewportSizeAsync(1366, 768);
        await form.GetByLabel("名称", new() { Exact = true }).FillAsync("2027年度民生实事项目票决（修改）");
        await form.GetByLabel("应选项目数（N）").FillAsync("2");
        await form.GetByRole(AriaRole.Button, new() { Name = "删除第5行" }).ClickAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "保存修改" }).ClickAsync();
        var added = page.GetByRole(AriaRole.Form, new() { Name = "新增表决事项" });
        await Expect(added.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存议程第1项：2027年度民生实事项目票决（修改）。");
        var row = page.Locator($"tr[data-ballot='{sitting.Ballot.Id}']");
        await Expect(row).ToContainTextAsync("4项，应选2项");
        var edited = (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).First();
        Assert.Equal(("2027年度民生实事项目票决（修改）", 2, 4), (edited.Title, edited.Places, edited.Items.Count));

        await PressButtonAsync(row, "下移");
        await Expect(Region(page, "议程").GetByRole(AriaRole.Status)).ToHaveTextAsync("“2027年度民生实事项目票决（修改）”已移至议程第2项。");
        await Expect(page.Locator("tbody tr[data-ballot]").First).ToHaveAttributeAsync("data-ballot", survey.Id.ToString());
        await Expect(row.Locator("td").First).ToHaveTextAsync("2");

        await row.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "删除议程第2项？" });
        await Expect(dialog).ToContainTextAsync("“2027年度民生实事项目票决（修改）”（民生实事项目票决（差额票决），4项）将从议程中删除");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "取消" })).ToBeFocusedAsync();
        await ScreenshotAsync(page, "secretariat-agenda-delete-1366");
        await page.SetViewportSizeAsync(1920, 1080);
        await ScreenshotAsync(page, "secretariat-agenda-delete-1920");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        Assert.Equal(2, (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).Count);

        await row.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await Expect(Region(page, "议程").GetByRole(AriaRole.Status)).ToHaveTextAsync("已删除：2027年度民生实事项目票决（修改）。");
        await Expect(page.Locator("tbody tr[data-ballot]")).ToHaveCountAsync(1);
        Assert.Equal([survey.Id], (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).Select(b => b.Id));

        await page.Locator($"tr[data-ballot='{survey.Id}']").GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync();
        var editing = page.GetByRole(AriaRole.Form, new() { Name = "修改议程第1项" });
        await Expect(editing.GetByLabel("等次门槛")).ToHaveValueAsync("2/3");
        await Expect(editing.GetByLabel("第3行测评对象")).ToHaveValueAsync("镇社会事务办");
        await editing.GetByRole(AriaRole.Button, new() { Name = "取消修改" }).ClickAsync();
        await Expect(added.GetByLabel("名称", new() { Exact = true })).ToBeFocusedAsync();
        await Expect(added.GetByLabel("名称", new() { Exact = true })).ToHaveValueAsync("");
        Assert.Equal("2026年度镇政府部门满意度测评", (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).Single().Title);
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ARefusalGoesOnceTheBallotTypeIsChangedAndTheThresholdIsChosenAsPeopleSayIt()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 5);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html#agenda");
        await SignInAsAsync(page, venue.BootstrapCode!);
        var form = page.GetByRole(AriaRole.Form, new() { Name = "新增表决事项" });

        await form.GetByLabel("名称", new() { Exact = true }).FillAsync("镇政府部门满意度测评");
        await form.GetByRole(AriaRole.Button, new() { Name = "加入议程" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("候选项目应有1至");
        await form.GetByLabel("表决类型").SelectOptionAsync("satisfaction");
        await Expect(form.Locator(".message")).ToBeHiddenAsync();

        var threshold = form.GetByLabel("等次门槛");
        await Expect(threshold.Locator("option")).ToHaveTextAsync(["过半数（超过二分之一）", "超过三分之二", "超过四分之三", "其他比例（自行填写）"]);
        await Expect(form.GetByLabel("分子")).ToBeHiddenAsync();
        await threshold.SelectOptionAsync(new SelectOptionValue { Label = "超过三分之二" });
        await form.GetByLabel("第1行测评对象").FillAsync("镇财政所");
        await form.GetByRole(AriaRole.Button, new() { Name = "加入议程" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("已加入议程第2项：镇政府部门满意度测评。");

        await form.GetByLabel("名称", new() { Exact = true }).FillAsync("站所负责人述职评议");
        await threshold.SelectOptionAsync(new SelectOptionValue { Label = "其他比例（自行填写）" });
        await form.GetByLabel("分子").FillAsync("3");
        await form.GetByLabel("分母").FillAsync("2");
        await form.GetByLabel("第1行测评对象").FillAsync("镇派出所");
        await form.GetByRole(AriaRole.Button, new() { Name = "加入议程" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("等次门槛应为小于1的正分数");
        await threshold.SelectOptionAsync(new SelectOptionValue { Label = "超过四分之三" });
        await Expect(form.Locator(".message")).ToBeHiddenAsync();
        await Expect(form.GetByLabel("分子")).ToBeHiddenAsync();
        await threshold.SelectOptionAsync(new SelectOptionValue { Label = "其他比例（自行填写）" });
        await form.GetByLabel("分母").FillAsync("5");
        await ScreenshotAsync(page, "secretariat-agenda-threshold-1920");
        await page.SetViewportSizeAsync(1366, 768);
        await threshold.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "secretariat-agenda-threshold-1366");
        await form.GetByRole(AriaRole.Button, new() { Name = "加入议程" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("已加入议程第3项：站所负责人述职评议。");

        var ballots = await sitting.Secretariat.BallotsAsync(sitting.SittingId);
        Assert.Equal(["2/3", "3/5"], ballots.Skip(1).Select(b => b.Settings.GradeThreshold));
        pages.AssertNoScriptErrors();
    }
}
