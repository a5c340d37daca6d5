using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;
using static PeoplesCongress.StaffPages.Tests.PresidiumScreens;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// What the console offers after a count: a run-off on a tie, the decision on a shortfall, an exact-half grade, each at
/// the top of the first screen of a chair's laptop (1366×768), and still there after the page is reloaded.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class PresidiumDecisionTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheConsoleOrdersARunOffDecidesAShortfallAndShowsAnExactThresholdAsThePresidiums()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 5);
        var selection = sitting.Setup.Ballot;
        var approval = await sitting.CreateAsync(new("2028年度民生实事项目票决（逐项表决）", [new("村级养老服务站项目"), new("河道清淤整治项目")],
            BallotKind.ProjectApproval, Places: 2));
        var appraisal = await sitting.CreateAsync(new("部门负责人民主测评", [new("张丽华", Group: "部门负责人")], BallotKind.Appraisal,
            GradeDenominator: GradeDenominators.ValidVotes));
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var console = await pages.OpenAsync("/staff/presidium.html", Width, Height);
        await SignInAsAsync(console, await PresidiumCodeAsync(sitting));

        await VoteAsync(console, sitting, selection.Id, 5, () => Task.WhenAll(
            sitting.MarkAsync(0, selection, 0, 1, 2), sitting.MarkAsync(1, selection, 0, 1, 3), sitting.MarkAsync(2, selection, 0, 2, 3),
            sitting.MarkAsync(3, selection, 0, 1, 2), sitting.MarkAsync(4, selection, 0, 3)));
        var result = Region(console, $"表决结果：{selection.Title}");
        await Expect(result.GetByRole(AriaRole.Group, new() { Name = "需要再次投票" })).ToContainTextAsync("得票相等（3票），需就得票相等的项目再次投票，确定剩余2个名额。");
        await Expect(result.Locator("[data-role=verdict]")).ToHaveTextAsync("得票相等，需要再次投票");
        await AssertInFirstViewportAsync(console, result.Locator("[data-role=verdict]"));
        await AssertInFirstViewportAsync(console, result.GetByRole(AriaRole.Button, new() { Name = "发起再次投票" }));
        await ScreenshotBothSizesAsync(console, "presidium-run-off-pending");
        await result.GetByRole(AriaRole.Button, new() { Name = "发起再次投票" }).ClickAsync();
        await Expect(result.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已建立第2轮表决：{selection.Title}（议程第4项），请在议程中开始表决。");
        await Expect(console.Locator("li[data-ballot]").Last).ToContainTextAsync("第2轮 · 就得票相等的项目再次投票 · 应选2项");
        await Expect(result.Locator("[data-role=verdict]")).ToHaveTextAsync("已建立第2轮表决（议程第4项）");
        await ScreenshotBothSizesAsync(console, "presidium-run-off");

        await VoteAsync(console, sitting, approval.Id, 5, () =>
            Task.WhenAll(Enumerable.Range(0, 5).Select(d => sitting.ChooseAsync(d, approval, (0, "for"), (1, "against")))));
        result = Region(console, $"表决结果：{approval.Title}");
        var shortfall = result.GetByRole(AriaRole.Group, new() { Name = "获得通过的项目少于应选数，请主席团决定" });
        await AssertInFirstViewportAsync(console, shortfall.GetByRole(AriaRole.Button, new() { Name = "保留现有结果" }));
        await shortfall.GetByLabel("说明（可不填）").FillAsync("其余项目提交下次会议审议前先行调研");
        await shortfall.GetByRole(AriaRole.Button, new() { Name = "保留现有结果" }).ClickAsync();
        await Expect(result.Locator(".decision")).ToContainTextAsync("主席团已决定：保留现有结果");
        await ScreenshotBothSizesAsync(console, "presidium-shortfall-decided");

        await VoteAsync(console, sitting, appraisal.Id, 4, () => Task.WhenAll(
            sitting.ChooseAsync(0, appraisal, (0, "excellent")), sitting.ChooseAsync(1, appraisal, (0, "excellent")),
            sitting.ChooseAsync(2, appraisal, (0, "competent")), sitting.ChooseAsync(3, appraisal, (0, "competent"))));
        result = Region(console, $"表决结果：{appraisal.Title}");
        await Expect(result.GetByRole(AriaRole.Group, new() { Name = "测评等次请主席团决定" }))
            .ToContainTextAsync("张丽华的得票恰好处于“优秀”与“称职”的分界，测评等次请主席团决定。");
        await Expect(result.Locator(".result-table")).ToContainTextAsync("待主席团决定");
        // A reload (or a second chair's laptop) brings the result closed last, and its pending decision, back on top.
        await console.ReloadAsync();
        result = Region(console, $"表决结果：{appraisal.Title}");
        await Expect(result.Locator("[data-role=verdict]")).ToHaveTextAsync("测评等次待主席团决定");
        await AssertInFirstViewportAsync(console, result.Locator("[data-role=verdict]"));
        await AssertInFirstViewportAsync(console, result.GetByRole(AriaRole.Button, new() { Name = "定为“称职”" }));
        await ScreenshotBothSizesAsync(console, "presidium-exact-threshold");
        await result.GetByRole(AriaRole.Button, new() { Name = "定为“称职”" }).ClickAsync();
        await Expect(result.Locator(".decision")).ToContainTextAsync("主席团已决定张丽华的测评等次为“称职”");
        await Expect(result.Locator(".result-table")).ToContainTextAsync("称职（主席团决定）");
        Assert.Equal(ChoiceOption.Competent, Assert.Single((await sitting.Setup.Secretariat.ResultAsync(appraisal.Id)).GradeDecisions!).Grade);
        pages.AssertNoScriptErrors();
    }

    private static async Task<string> PresidiumCodeAsync(SignedInSitting sitting) =>
        (await sitting.Setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "钱执行主席")).Code;

    /// <summary>
    /// Opens a ballot from the console, lets the tablets cast and waits for the count. The ballot is closed through
    /// the API, so that the result panel is drawn once, by the push, before the test uses its buttons (closing from
    /// the console draws it twice, from the answer and from the push); WholeSittingTests closes from the console.
    /// </summary>
    private static async Task VoteAsync(
        IPage console, SignedInSitting sitting, int ballotId, int cast, Func<Task> casting)
    {
        var row = console.Locator($"li[data-ballot='{ballotId}']");
        // The ballot is the next agenda item: its 「开始表决」 is at the top of the first screen.
        var open = console.Locator($"[data-role=next-ballot][data-ballot='{ballotId}']").GetByRole(AriaRole.Button, new() { Name = "开始表决" });
        await AssertInFirstViewportAsync(console, open);
        await open.ClickAsync();
        await console.GetByRole(AriaRole.Dialog, new() { Name = "开始表决" })
            .GetByRole(AriaRole.Button, new() { Name = "确认开始表决" }).ClickAsync();
        await Expect(row.Locator("[data-role=progress]")).ToHaveTextAsync("已投 0 / 应投 5");
        await casting();
        await Expect(row.Locator("[data-role=progress]")).ToHaveTextAsync($"已投 {cast} / 应投 5");
        await sitting.Presidium.CloseBallotAsync(ballotId);
        await Expect(row.Locator(".badge")).ToHaveTextAsync("已结束");
    }
}
