using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The secretariat's roster in the hall: a double click on 代为签到 signs the deputy in and does nothing more, the
/// undo 取消签到 is recorded, the filters count 未签到 / 已签到 / 请假 / 缺席, and each sign-in shows its time and source.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class RosterSignInTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ADoubleClickOnSignInByHandSignsInOnceAndTheUndoIsRecorded()
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 8);
        await using var tablet = await venue.SignInAsync(setup.Codes["D001"]);
        await setup.Secretariat.SetLeaveAsync(setup.SittingId, "D008", onLeave: true);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html");
        await SignInAsAsync(page, venue.BootstrapCode!);
        await OpenTabAsync(page, "代表名册与签到");

        // A quick double click, as Playwright's mouse gives it.
        var quick = page.Locator("tr[data-number='D003']");
        await quick.GetByRole(AriaRole.Button, new() { Name = "代为签到" }).DblClickAsync();
        await Expect(quick).ToContainTextAsync("已签到");

        // A slow hand's double click: the second click comes after the row has been drawn again, at the same place.
        var slow = page.Locator("tr[data-number='D004']");
        var signIn = slow.GetByRole(AriaRole.Button, new() { Name = "代为签到" });
        var leaveBefore = await BoxAsync(slow.GetByRole(AriaRole.Button, new() { Name = "请假" }));
        var box = await BoxAsync(signIn);
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
        await Expect(slow).ToContainTextAsync("已签到");
        var undo = slow.GetByRole(AriaRole.Button, new() { Name = "取消签到" });
        // Every act keeps its place: 取消签到 is where 代为签到 was, 请假 has not moved.
        Assert.Equal(box.X, (await BoxAsync(undo)).X, 0.5);
        Assert.Equal(leaveBefore.X, (await BoxAsync(slow.GetByRole(AriaRole.Button, new() { Name = "请假" }))).X, 0.5);
        await page.Mouse.DownAsync(new() { ClickCount = 2 });
        await page.Mouse.UpAsync(new() { ClickCount = 2 });
        // Whatever the second click started would be sent before this act, which waits for its answer.
        await PressButtonAsync(page.Locator("tr[data-number='D005']"), "请假");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "D005" })).ToContainTextAsync("已请假");

        var roster = (await setup.Secretariat.RosterAsync(setup.SittingId)).ToDictionary(d => d.Number);
        foreach (var number in new[] { "D003", "D004" })
        {
            Assert.True(roster[number].SignedIn, number);
            Assert.False(roster[number].OnLeave, number);
            Assert.Equal(SignInSource.Hand, roster[number].SignInSource);
        }
        Assert.Equal(SignInSource.Tablet, roster["D001"].SignInSource);
        Assert.Equal(3, (await setup.Secretariat.AttendanceAsync(setup.SittingId)).Present);

        // Time (China time) and source on each row; the filters count as the hall's sentence does.
        var time = ChinaTime(roster["D004"].SignedInAt!.Value);
        await Expect(slow.Locator(".attendance-cell")).ToHaveTextAsync($"已签到 {time} · 代为签到");
        await Expect(page.Locator("tr[data-number='D001'] .attendance-cell")).ToContainTextAsync("· 平板");
        var filters = page.GetByRole(AriaRole.Group, new() { Name = "按出席情况筛选" });
        await Expect(filters.GetByRole(AriaRole.Button)).ToHaveTextAsync(["全部（8）", "未签到（5）", "已签到（3）", "请假（2）", "缺席（3）"]);
        await ScreenshotAsync(page, "secretariat-roster-signin");

        await filters.GetByRole(AriaRole.Button, new() { Name = "请假（2）" }).ClickAsync();
        await Expect(page.Locator("tr[data-number]")).ToHaveCountAsync(2);
        await filters.GetByRole(AriaRole.Button, new() { Name = "已签到（3）" }).ClickAsync();
        await Expect(page.Locator("tr[data-number]")).ToHaveCountAsync(3);
        await ScreenshotAsync(page, "secretariat-roster-filter-signed-in");

        // 取消签到: the deputy is 未签到 again, attendance follows, and the audit record names who did it.
        await page.GetByRole(AriaRole.Button, new() { Name = "全部（8）" }).ClickAsync();
        await undo.ClickAsync();
        await Expect(slow.Locator(".attendance-cell")).ToHaveTextAsync("未签到");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "D004" })).ToContainTextAsync("已取消签到");
        await Expect(filters.GetByRole(AriaRole.Button)).ToHaveTextAsync(["全部（8）", "未签到（6）", "已签到（2）", "请假（2）", "缺席（4）"]);
        Assert.Equal(2, (await setup.Secretariat.AttendanceAsync(setup.SittingId)).Present);
        var entry = Assert.Single(await setup.Presidium.AuditAsync(setup.SittingId), e => e.Action == AuditAction.SignInUndone);
        Assert.Equal(Role.Secretariat, entry.Actor.Role);
        Assert.Contains("代表D004 测试004", entry.Summary);

        var small = await pages.OpenAsync("/staff/secretariat.html", 1366, 768);
        await SignInAsAsync(small, venue.BootstrapCode!);
        await OpenTabAsync(small, "代表名册与签到");
        await Expect(small.Locator("tr[data-number='D008']")).ToBeVisibleAsync();
        // The roster is redrawn by live pushes; scroll the page itself rather than an element that may be replaced.
        await small.EvaluateAsync("() => document.getElementById('roster-title').scrollIntoView()");
        await ScreenshotAsync(small, "secretariat-roster-signin-1366");
        var table = small.Locator("table.roster-table");
        Assert.True(await table.EvaluateAsync<bool>("t => t.scrollWidth <= t.parentElement.clientWidth"), "the roster is wider than its panel at 1366");
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task RevokingAndReissuingACardAskFirstNamingWhoseCard()
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html");
        await SignInAsAsync(page, venue.BootstrapCode!);
        await OpenTabAsync(page, "代表名册与签到");
        var row = page.Locator("tr[data-number='D002']");
        var revoke = row.GetByRole(AriaRole.Button, new() { Name = "作废代表证" });

        await revoke.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "作废代表证？" });
        await Expect(dialog).ToContainTextAsync("测试002（代表证号 D002）的代表证将立即作废，不能再用于签到和表决。");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "取消" })).ToBeFocusedAsync();
        await ScreenshotAsync(page, "secretariat-roster-revoke-confirm");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(revoke).ToBeFocusedAsync();
        Assert.True((await setup.Secretariat.RosterAsync(setup.SittingId)).Single(d => d.Number == "D002").HasCredential);

        await revoke.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "作废代表证" }).ClickAsync();
        await Expect(row).ToContainTextAsync("未发放");
        Assert.False((await setup.Secretariat.RosterAsync(setup.SittingId)).Single(d => d.Number == "D002").HasCredential);

        await row.GetByRole(AriaRole.Button, new() { Name = "补发代表证" }).ClickAsync();
        var reissue = page.GetByRole(AriaRole.Dialog, new() { Name = "补发代表证？" });
        await Expect(reissue).ToContainTextAsync("将为 测试002（代表证号 D002）补发代表证");
        var card = await page.RunAndWaitForPopupAsync(() =>
            reissue.GetByRole(AriaRole.Button, new() { Name = "补发并打印" }).ClickAsync());
        await Expect(card.Locator("section.card")).ToHaveCountAsync(1);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeFocusedAsync();
        var code = Assert.Single(PreparedSitting.ParseSheet(await card.ContentAsync()));
        Assert.Equal("D002", code.Key);
        await using var tablet = await venue.SignInAsync(code.Value);
        await card.Locator("section.card").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "credential-card-reissued.png") });
        await Expect(row).ToContainTextAsync("已发放");
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ASignInThatCountsInAnOpenBallotIsNotTakenBackAndThePageSaysWhy()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        await sitting.OpenAsync(new("关于调整年度预算的决议", Kind: BallotKind.Motion));
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html", 1366, 768);
        await SignInAsAsync(page, venue.BootstrapCode!);
        await OpenTabAsync(page, "代表名册与签到");
        var row = page.Locator("tr[data-number='D002']");
        await PressButtonAsync(row, "取消签到");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("不能取消代表D002 测试002的签到：该代表已领取正在进行的表决的选票");
        await Expect(row.Locator(".attendance-cell")).ToContainTextAsync("已签到");
        Assert.True((await sitting.Setup.Secretariat.RosterAsync(sitting.Setup.SittingId)).Single(d => d.Number == "D002").SignedIn);
        await ScreenshotAsync(page, "secretariat-roster-undo-refused-1366");
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task TheSecretariatSetsTheTermAndAllowsPersonalCredentialsOnTheRosterTab()
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var term = await setup.Secretariat.CreateTermAsync(new CreateTermRequest("名册页测试届"));
        await setup.Secretariat.ImportTermRegisterAsync(term.Id, "姓名,代表证号,代表联络站,状态\n测试001,D001,城关代表联络站,在任\n测试002,D002,城关代表联络站,在任"u8.ToArray());
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html");
        await SignInAsAsync(page, venue.BootstrapCode!);
        await OpenTabAsync(page, "代表名册与签到");

        var allow = page.GetByRole(AriaRole.Checkbox, new() { Name = "允许代表以个人代表证签到" });
        await Expect(allow).ToBeDisabledAsync();
        await page.GetByLabel("会议所属的届").SelectOptionAsync(new SelectOptionValue { Label = "名册页测试届" });
        await page.GetByRole(AriaRole.Button, new() { Name = "设定所属的届" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "所属的届" }))
            .ToHaveTextAsync("已设定所属的届：名册中2名代表与届代表名册对应，1名未对应。");
        await Expect(page.Locator("#unmatched-rows li")).ToHaveTextAsync(["代表证号D003（测试003）不在本届代表名册中，该代表不能以个人代表证签到。"]);
        await allow.CheckAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "个人代表证" })).ToHaveTextAsync("已允许代表以个人代表证签到。");

        var stored = (await setup.Secretariat.SittingsAsync()).Single(s => s.Id == setup.SittingId);
        Assert.Equal((term.Id, true), (stored.TermId, stored.AcceptPersonalCredentials));
        await page.Locator("#hall-access").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "secretariat-roster-personal-credentials");
        await AxeCheck.AssertCleanAsync(page, "secretariat-roster-personal-credentials");
        pages.AssertNoScriptErrors();
    }

    /// <summary>A control's box; a live push may redraw the roster between finding the control and measuring it.</summary>
    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator control)
    {
        while (true)
        {
            await Expect(control).ToBeVisibleAsync();
            if (await control.BoundingBoxAsync() is { } box) return box;
        }
    }

    private static string ChinaTime(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm");
}
