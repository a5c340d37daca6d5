using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;
using static PeoplesCongress.StaffPages.Tests.PresidiumScreens;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The console at a chair's laptop (1366×768): the next item marked, 「开始表决」 held back with its reason until the
/// hall has its quorum, a confirmation stating what is opened to whom, and, after closing, the result and the
/// decision it calls for at the top of the first screen.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed partial class PresidiumConsoleTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheNextItemIsMarkedItsButtonWaitsForQuorumWithTheReasonAndOpeningIsConfirmed()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9, signedIn: 0);
        var selection = sitting.Setup.Ballot;
        var motion = await sitting.CreateAsync(new("关于镇财政预算调整方案的决议", Kind: BallotKind.Motion));
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var console = await pages.OpenAsync("/staff/presidium.html", Width, Height);
        await SignInAsAsync(console, await PresidiumCodeAsync(sitting));

        var first = console.Locator($"li[data-ballot='{selection.Id}']");
        var second = console.Locator($"li[data-ballot='{motion.Id}']");
        var next = console.Locator("[data-role=next-ballot]");
        const string Reason = "未达到法定人数（应到9人，实到0人，须7人）";
        await Expect(first).ToHaveClassAsync(new Regex(@"\bnext\b"));
        await Expect(first.GetByText("下一项")).ToBeVisibleAsync();
        await Expect(second).Not.ToHaveClassAsync(new Regex(@"\bnext\b"));
        await Expect(next).ToContainTextAsync($"1. {selection.Title}");
        foreach (var scope in new[] { next, first, second })
        {
            await Expect(scope.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).ToBeDisabledAsync();
            await Expect(scope.Locator(".reason")).ToHaveTextAsync(Reason);
        }
        // Only the next item's button is the red one.
        await Expect(first.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).ToHaveClassAsync("primary");
        await Expect(second.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).Not.ToHaveClassAsync("primary");
        await AssertInFirstViewportAsync(console, next.GetByRole(AriaRole.Button, new() { Name = "开始表决" }));
        await AssertInFirstViewportAsync(console, next.Locator(".reason"));
        await ScreenshotBothSizesAsync(console, "presidium-no-quorum");

        // Seven of nine sign in: more than two thirds. The buttons act, and their reason is gone.
        var codes = sitting.Setup.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var tablets = new List<IAsyncDisposable>();
        foreach (var code in codes.Take(7)) tablets.Add(await venue.SignInAsync(code));
        var open = next.GetByRole(AriaRole.Button, new() { Name = "开始表决" });
        await Expect(open).ToBeEnabledAsync();
        await Expect(next.Locator(".reason")).ToBeHiddenAsync();
        await Expect(second.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).ToBeEnabledAsync();

        // The confirmation says what is opened to whom; Escape and 取消 open nothing.
        await open.ClickAsync();
        var dialog = console.GetByRole(AriaRole.Dialog, new() { Name = "开始表决" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "取消" })).ToBeFocusedAsync();
        await Expect(dialog).ToContainTextAsync($"1. {selection.Title}");
        await Expect(dialog).ToContainTextAsync("民生实事项目票决（差额票决）");
        await Expect(dialog).ToContainTextAsync("从5个项目中选出3项");
        await Expect(dialog).ToContainTextAsync("应到代表9人，实到7人（请假0人，缺席2人）");
        await Expect(dialog).ToContainTextAsync("向实到的7名代表各发出一张");
        await ScreenshotBothSizesAsync(console, "presidium-open-confirmation");
        await console.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(open).ToBeFocusedAsync();
        await open.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.All(await sitting.Setup.Secretariat.BallotsAsync(sitting.Setup.SittingId), b => Assert.Equal(BallotState.Draft, b.State));
        await Expect(first.Locator(".badge.draft")).ToHaveTextAsync("未开始");

        // A refusal that no longer holds goes: the hall loses its quorum while the dialog is up, the server refuses,
        // and the refusal clears once the deputy is back.
        await open.ClickAsync();
        await sitting.Setup.Secretariat.SetLeaveAsync(sitting.Setup.SittingId, PreparedSitting.Number(0), true);
        await Expect(console.Locator("[data-role=quorum-strip]")).ToContainTextAsync("✘ 不符合法定人数（须实到7人）");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认开始表决" }).ClickAsync();
        var refusal = console.GetByRole(AriaRole.Alert).Filter(new() { HasText = "不能开始表决" });
        await Expect(refusal).ToBeVisibleAsync();
        await Expect(open).ToBeDisabledAsync();
        await Expect(next.Locator(".reason")).ToHaveTextAsync("未达到法定人数（应到9人，实到6人，须7人）");
        await sitting.Setup.Secretariat.SetLeaveAsync(sitting.Setup.SittingId, PreparedSitting.Number(0), false);
        await Expect(refusal).ToHaveCountAsync(0);
        await Expect(open).ToBeEnabledAsync();

        // Confirmed: the ballot opens to the seven present, and the top of the console shows it running.
        await open.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认开始表决" }).ClickAsync();
        var running = console.Locator($"[data-open-ballot='{selection.Id}']");
        await Expect(running.Locator("[data-role=progress]")).ToHaveTextAsync("已投 0 / 应投 7");
        await Expect(running.Locator("[data-role=elapsed]")).ToHaveTextAsync(new Regex(@"^已进行 00:\d\d（\d\d:\d\d开始）$"));
        await Expect(first.Locator(".badge")).ToHaveTextAsync("表决中");
        await Expect(second).ToHaveClassAsync(new Regex(@"\bnext\b"));
        // While a ballot is open, its 「结束表决」 is the one red button; the next item's 「开始表决」 waits, quieter.
        await Expect(running.GetByRole(AriaRole.Button, new() { Name = "结束表决" })).ToHaveClassAsync("primary");
        await Expect(second.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).Not.ToHaveClassAsync("primary");
        await Expect(next.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).Not.ToHaveClassAsync("primary");
        await AssertInFirstViewportAsync(console, running.GetByRole(AriaRole.Button, new() { Name = "结束表决" }));
        await AssertInFirstViewportAsync(console, running.Locator("[data-role=progress]"));
        await ScreenshotBothSizesAsync(console, "presidium-ballot-open");

        // After a reload the console reads when the ballot opened from the audit record: the time it has run goes on.
        await console.ReloadAsync();
        await Expect(running.Locator("[data-role=elapsed]")).ToHaveTextAsync(new Regex(@"^已进行 \d\d:\d\d（\d\d:\d\d开始）$"));
        await Expect(running.Locator("[data-role=progress]")).ToHaveTextAsync("已投 0 / 应投 7");
        foreach (var tablet in tablets) await tablet.DisposeAsync();
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task AfterClosingTheResultAndThePendingDecisionAreInTheFirstScreenAndMouseClicksSurviveLivePushes()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 7, signedIn: 5);
        var selection = sitting.Setup.Ballot;
        // A full agenda, as on the day: the console's first screen must not depend on how long it is.
        foreach (var title in new[] { "镇政府工作报告满意度测评", "站所负责人民主测评", "关于镇财政预算调整方案的决议", "关于代表建议办理情况的满意度测评" })
            await sitting.CreateAsync(new(title, Kind: BallotKind.Motion));
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var console = await pages.OpenAsync("/staff/presidium.html", Width, Height);
        await SignInAsAsync(console, await PresidiumCodeAsync(sitting));

        // The last two deputies sign in while the chair clicks 「开始表决」 with the mouse: the attendance pushes
        // update the buttons in place, so the clicks land.
        var next = console.Locator("[data-role=next-ballot]");
        await Expect(next.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).ToBeEnabledAsync();
        var codes = sitting.Setup.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var late = Task.WhenAll(codes.Skip(5).Select(venue.SignInAsync));
        await next.GetByRole(AriaRole.Button, new() { Name = "开始表决" }).ClickAsync();
        var dialog = console.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认开始表决" }).ClickAsync();
        var lateTablets = await late;
        var running = console.Locator($"[data-open-ballot='{selection.Id}']");
        await Expect(running.Locator("[data-role=progress]")).ToHaveTextAsync(new Regex(@"^已投 0 / 应投 [5-7]$"));

        // The five first present mark only the first project: one project passes where three are to be chosen (a
        // shortfall). The chair clicks 「结束表决」 while the votes, and their progress pushes, come in.
        var issued = (await sitting.Presidium.ProgressAsync(sitting.Setup.SittingId)).Single().Issued;
        var casting = Task.WhenAll(Enumerable.Range(0, 5).Select(d => sitting.MarkAsync(d, selection, 0)));
        await running.GetByRole(AriaRole.Button, new() { Name = "结束表决" }).ClickAsync();
        dialog = console.GetByRole(AriaRole.Dialog, new() { Name = "结束表决" });
        await Expect(dialog).ToContainTextAsync($"1. {selection.Title}");
        await Expect(dialog).ToContainTextAsync("结束后代表不能再投票");
        await casting;
        await Expect(running.Locator("[data-role=progress]")).ToHaveTextAsync($"已投 5 / 应投 {issued}");
        await Expect(dialog).ToContainTextAsync($"已投 5 / 应投 {issued}，未投{issued - 5}人");
        await ScreenshotBothSizesAsync(console, "presidium-close-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认结束表决" }).ClickAsync();

        var result = Region(console, $"表决结果：{selection.Title}");
        var verdict = result.Locator("[data-role=verdict]");
        await Expect(verdict).ToHaveTextAsync("获得通过1项，少于应选3项");
        var shortfall = result.GetByRole(AriaRole.Group, new() { Name = "获得通过的项目少于应选数，请主席团决定" });
        await Expect(running).ToHaveCountAsync(0);
        await AssertInFirstViewportAsync(console, verdict);
        await AssertInFirstViewportAsync(console, shortfall.GetByRole(AriaRole.Button, new() { Name = "保留现有结果" }));
        await AssertInFirstViewportAsync(console, shortfall.GetByRole(AriaRole.Button, new() { Name = "提交下次会议" }));
        // The next item's 「开始表决」 is in the first screen as well.
        await AssertInFirstViewportAsync(console, next.GetByRole(AriaRole.Button, new() { Name = "开始表决" }));
        await ScreenshotBothSizesAsync(console, "presidium-result-shortfall");

        await shortfall.GetByRole(AriaRole.Button, new() { Name = "保留现有结果" }).ClickAsync();
        await Expect(result.Locator(".decision")).ToContainTextAsync("主席团已决定：保留现有结果");
        await Expect(verdict).ToHaveTextAsync("确定民生实事项目1项（应选3项）");
        await AssertInFirstViewportAsync(console, verdict);
        await ScreenshotBothSizesAsync(console, "presidium-result-decided");
        foreach (var tablet in lateTablets) await tablet.DisposeAsync();
        pages.AssertNoScriptErrors();
    }

    private static async Task<string> PresidiumCodeAsync(SignedInSitting sitting) =>
        (await sitting.Setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "钱执行主席")).Code;
}
