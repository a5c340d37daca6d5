using System.Text;
using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// A whole sitting run from the pages alone: the secretariat prepares it, the presidium opens and closes a 票决
/// while simulated tablets (the typed client) sign in and cast, the scrutineers sign, the secretariat publishes,
/// and the hall's big screen follows it all.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class WholeSittingTests(ChromiumFixture chromium)
{
    private const string SittingName = "测试镇第一届人民代表大会第一次会议";
    private const string Selection = "2027年度民生实事项目票决";
    private static readonly string[] Projects = ["危桥改造项目", "农村道路亮灯项目", "集镇污水管网改造项目", "全民健身广场项目"];

    [Fact]
    public async Task TheSecretariatPresidiumScrutineersAndBigScreenRunASittingFromThePages()
    {
        // Its own server: the sitting is created from the page, as the server's first.
        await using var venue = await TestVenue.StartAsync();
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var secretariat = await pages.OpenAsync("/staff/secretariat.html");
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        await secretariat.GetByLabel("会议名称").FillAsync(SittingName);
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "建立会议" }).ClickAsync();
        await Expect(secretariat.Locator("#sitting-name")).ToHaveTextAsync(SittingName);
        var sittingId = (await venue.Api(venue.BootstrapCode!).SittingsAsync()).Single().Id;

        await ImportRosterAsync(secretariat);
        var codes = await PrintCredentialSheetAsync(secretariat);
        var (chief, scrutineer, presidiumCode, viewerUrl) = await DesignateStaffAsync(secretariat);
        await PrepareAgendaAsync(secretariat);

        var screen = await pages.OpenAsync(viewerUrl);
        await Expect(screen.Locator("h1.sitting")).ToHaveTextAsync(SittingName);
        await Expect(screen.Locator("[data-role=attendance-sentence]")).ToHaveTextAsync("本次会议应到代表9人，实到0人，请假0人，缺席9人，不符合法定人数。");
        await ScreenshotAsync(screen, "screen-waiting");

        var presidium = await pages.OpenAsync("/staff/presidium.html");
        await SignInAsAsync(presidium, presidiumCode);
        var row = presidium.Locator("li[data-ballot]").Filter(new() { HasText = Selection });
        // Without quorum 「开始表决」 does not act, and says why.
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "开始表决" })).ToBeDisabledAsync();
        await Expect(row.Locator(".reason")).ToHaveTextAsync("未达到法定人数（应到9人，实到0人，须7人）");
        await ScreenshotAsync(presidium, "presidium-quorum-refused");

        // The secretariat records leave and a sign-in by hand; seven tablets connect, which signs their deputies in.
        await RosterActionAsync(secretariat, PreparedSitting.Number(8), "请假");
        await RosterActionAsync(secretariat, PreparedSitting.Number(7), "代为签到");
        var tablets = new List<VenueConnection>();
        foreach (var number in Enumerable.Range(0, 7).Select(PreparedSitting.Number)) tablets.Add(await venue.SignInAsync(codes[number]));
        const string Present = "本次会议应到代表9人，实到8人，请假1人，缺席0人，符合法定人数。";
        await Expect(presidium.Locator("[data-role=attendance-sentence]")).ToHaveTextAsync(Present);
        // The reason no longer holds: it does not stay beside the quorum's ✔.
        await Expect(row.Locator(".reason")).ToBeHiddenAsync();
        await Expect(screen.Locator("[data-role=attendance-sentence]")).ToHaveTextAsync(Present);
        await Expect(secretariat.Locator("[data-role=attendance-sentence]")).ToHaveTextAsync(Present);
        await ScreenshotAsync(secretariat, "secretariat-roster-during-sitting");

        await row.GetByRole(AriaRole.Button, new() { Name = "开始表决" }).ClickAsync();
        await presidium.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认开始表决" }).ClickAsync();
        await Expect(row.Locator("[data-role=progress]")).ToHaveTextAsync("已投 0 / 应投 8");
        await Expect(screen.Locator("[data-role=progress]")).ToHaveTextAsync("已投 0 / 应投 8");
        var ballot = (await tablets[0].GetStateAsync()).OpenBallots.Single();
        for (var d = 0; d < 7; d++)
        {
            var marks = d < 6 ? new[] { ballot.Items[0].Id, ballot.Items[1].Id } : [ballot.Items[2].Id, ballot.Items[3].Id];
            await tablets[d].CastAsync(new CastRequest(ballot.Id, marks, VenueConnection.NewCastId()));
        }
        await Expect(row.Locator("[data-role=progress]")).ToHaveTextAsync("已投 7 / 应投 8");
        await Expect(screen.Locator("[data-role=progress]")).ToHaveTextAsync("已投 7 / 应投 8");
        await ScreenshotAsync(presidium, "presidium-voting");
        await ScreenshotAsync(screen, "screen-voting");

        await row.GetByRole(AriaRole.Button, new() { Name = "结束表决" }).ClickAsync();
        await presidium.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认结束表决" }).ClickAsync();
        const string Announcement = "发出表决票8张，收回7张，有效票7张，无效票0张，本次票决有效。危桥改造项目（6票）、农村道路亮灯项目（6票）获得通过，确定为民生实事项目。";
        await Expect(presidium.Locator(".result-panel [data-role=announcement]")).ToHaveTextAsync(Announcement);
        await Expect(row.Locator(".badge")).ToHaveTextAsync("已结束");
        await ScreenshotAsync(presidium, "presidium-result");
        await Expect(screen.Locator("[data-role=announcement]")).ToHaveTextAsync(Announcement);
        await Expect(screen.Locator(".result-table tbody tr")).ToHaveCountAsync(4);
        await Expect(screen.Locator(".result-table .bar-track")).ToHaveCountAsync(4);
        await Expect(screen.Locator(".result-table")).ToContainTextAsync("危桥改造项目61确定为民生实事项目");
        await ScreenshotAsync(screen, "screen-result");

        await SignAsync(pages, chief, ballot.Id, "scrutineer-signed");
        await SignAsync(pages, scrutineer, ballot.Id, null);
        await PublishAsync(secretariat, venue, sittingId, ballot.Id);
        foreach (var tablet in tablets) await tablet.DisposeAsync();
        pages.AssertNoScriptErrors();
    }

    private static async Task ImportRosterAsync(IPage secretariat)
    {
        var file = secretariat.GetByLabel("名册文件（CSV 或 Excel XLSX）");
        var import = secretariat.GetByRole(AriaRole.Button, new() { Name = "导入名册" });
        await file.SetInputFilesAsync(Csv("bad-roster.csv", "姓名,代表证号,代表团/组,状态\n王建国,D001,第一代表组,在任\n,D002,第一代表组,在任\n李明,D001,第二代表组,退休\n"));
        await import.ClickAsync();
        var errors = secretariat.GetByRole(AriaRole.List, new() { Name = "名册中的错误" });
        await Expect(errors.GetByRole(AriaRole.Listitem)).ToHaveTextAsync([
            "第3行：姓名不能为空。", "第4行：代表证号“D001”与第2行重复。", "第4行：状态“退休”无法识别，应为“在任”“暂停执行代表职务”或“代表资格终止”。",
        ]);
        await Expect(secretariat.GetByRole(AriaRole.Alert)).ToHaveTextAsync("代表名册有3处错误，未导入任何代表，请修改后重新导入。");
        await Expect(secretariat.GetByText("尚未导入代表名册。")).ToBeVisibleAsync();
        await ScreenshotAsync(secretariat, "secretariat-roster-errors");

        await file.SetInputFilesAsync(Csv("roster.csv", PreparedSitting.RosterCsv(9, "测试")));
        await import.ClickAsync();
        await Expect(secretariat.GetByRole(AriaRole.Status).Filter(new() { HasText = "名册已导入" })).ToHaveTextAsync("名册已导入：新增9人，更新0人，名册共9人。");
        await Expect(errors).ToBeHiddenAsync();
        await Expect(secretariat.Locator("tr[data-number]")).ToHaveCountAsync(9);
    }

    private static async Task<Dictionary<string, string>> PrintCredentialSheetAsync(IPage secretariat)
    {
        var sheet = await secretariat.RunAndWaitForPopupAsync(async () =>
        {
            await secretariat.GetByRole(AriaRole.Button, new() { Name = "打印代表证" }).ClickAsync();
            await secretariat.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "发放并打印9张代表证" }).ClickAsync();
        });
        await Expect(sheet.Locator("section.card")).ToHaveCountAsync(9);
        await Expect(sheet.Locator("section.card").First).ToContainTextAsync("代表证号：D001");
        var codes = PreparedSitting.ParseSheet(await sheet.ContentAsync());
        Assert.Equal(9, codes.Count);
        await Expect(secretariat.Locator("tr[data-number='D001']")).ToContainTextAsync("已发放");
        await sheet.CloseAsync();
        return codes;
    }

    private static async Task<(string Chief, string Scrutineer, string Presidium, string ViewerUrl)> DesignateStaffAsync(IPage secretariat)
    {
        await OpenTabAsync(secretariat, "监票计票人员与凭证");
        var counting = Region(secretariat, "总监票人、监票人和计票人");
        async Task<string?> Designate(string name, string role)
        {
            await counting.GetByLabel("姓名").FillAsync(name);
            await counting.GetByLabel("职责").SelectOptionAsync(new SelectOptionValue { Label = role });
            await counting.GetByRole(AriaRole.Button, new() { Name = "指定" }).ClickAsync();
            await Expect(counting.Locator("tbody")).ToContainTextAsync(name + role);
            return role == "计票人" ? null : await counting.Locator(".issued-code").First.TextContentAsync();
        }
        var chief = await Designate("陈海涛", "总监票人");
        var scrutineer = await Designate("杨春梅", "监票人");
        await Designate("周明", "计票人");
        await Expect(counting.GetByRole(AriaRole.Status).First).ToHaveTextAsync("已指定计票人“周明”（计票人不需要凭证）。");

        var credentials = Region(secretariat, "工作人员凭证与大屏链接");
        await credentials.GetByLabel("持有人").FillAsync("赵执行主席");
        await credentials.GetByLabel("角色").SelectOptionAsync("presidium");
        await credentials.GetByRole(AriaRole.Button, new() { Name = "发放凭证" }).ClickAsync();
        var presidium = await credentials.Locator(".issued-code").First.TextContentAsync();
        await credentials.GetByRole(AriaRole.Button, new() { Name = "生成大屏链接" }).ClickAsync();
        var viewerUrl = await credentials.Locator("a.viewer-link").GetAttributeAsync("href");
        await Expect(credentials.Locator("tbody")).ToContainTextAsync("大屏");
        await ScreenshotAsync(secretariat, "secretariat-staff");
        return (chief!, scrutineer!, presidium!, viewerUrl!);
    }

    private static async Task PrepareAgendaAsync(IPage secretariat)
    {
        await OpenTabAsync(secretariat, "议程与表决");
        var form = secretariat.GetByRole(AriaRole.Form, new() { Name = "新增表决事项" });
        await form.GetByLabel("名称", new() { Exact = true }).FillAsync(Selection);
        await form.GetByLabel("应选项目数（N）").FillAsync("2");
        await form.GetByRole(AriaRole.Button, new() { Name = "添加一行" }).ClickAsync();
        string[] budgets = ["300", "350", "500", "150"];
        for (var i = 0; i < Projects.Length; i++)
        {
            await form.GetByLabel($"第{i + 1}行项目名称").FillAsync(Projects[i]);
            await form.GetByLabel($"第{i + 1}行投资额（万元）").FillAsync(budgets[i]);
            await form.GetByLabel($"第{i + 1}行牵头单位").FillAsync("镇农业综合服务站");
        }
        await form.GetByRole(AriaRole.Button, new() { Name = "加入议程" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已加入议程第1项：{Selection}。");

        await form.GetByLabel("表决类型").SelectOptionAsync("motion");
        await form.GetByLabel("名称", new() { Exact = true }).FillAsync("关于批准2027年度镇财政预算的决议");
        await form.GetByRole(AriaRole.Button, new() { Name = "加入议程" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("已加入议程第2项：关于批准2027年度镇财政预算的决议。");
        var agenda = Region(secretariat, "议程");
        await Expect(agenda.Locator("tbody tr[data-ballot]")).ToHaveCountAsync(2);
        await Expect(agenda.Locator("tbody tr[data-ballot]").First).ToContainTextAsync("4项，应选2项");
        await ScreenshotAsync(secretariat, "secretariat-agenda");
        await OpenTabAsync(secretariat, "代表名册与签到");
    }

    private static async Task RosterActionAsync(IPage secretariat, string number, string action)
    {
        await PressButtonAsync(secretariat.Locator($"tr[data-number='{number}']"), action);
        await Expect(secretariat.GetByRole(AriaRole.Status).Filter(new() { HasText = number })).ToContainTextAsync($"已{action}");
    }

    private static async Task SignAsync(StaffBrowser pages, string code, int ballotId, string? screenshot)
    {
        var page = await pages.OpenAsync("/staff/scrutineer.html");
        await SignInAsAsync(page, code);
        var record = page.Locator($"article[data-ballot='{ballotId}']");
        await Expect(record).ToContainTextAsync("发出表决票8张收回表决票7张有效票7张无效票0张");
        await record.GetByRole(AriaRole.Button, new() { Name = "签字确认" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认无误，签字" }).ClickAsync();
        await Expect(record).ToContainTextAsync("您已签字确认本计票记录。");
        if (screenshot is not null) await ScreenshotAsync(page, screenshot);
    }

    private static async Task PublishAsync(IPage secretariat, TestVenue venue, int sittingId, int ballotId)
    {
        await OpenTabAsync(secretariat, "计票与公告");
        var record = secretariat.Locator($"article[data-ballot='{ballotId}']");
        await Expect(record).ToContainTextAsync("✔ 总监票人 陈海涛 已签字");
        await Expect(record).ToContainTextAsync("✔ 监票人 杨春梅 已签字");
        await record.GetByRole(AriaRole.Button, new() { Name = "发布公告" }).ClickAsync();
        await secretariat.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认发布公告（第1号）" }).ClickAsync();
        await Expect(record).ToContainTextAsync("已发布：公告 第1号");
        var notices = Region(secretariat, "已发布的公告");
        await Expect(notices.GetByRole(AriaRole.Listitem)).ToContainTextAsync($"公告 第1号 · {Selection}");
        var pdf = notices.GetByRole(AriaRole.Link, new() { Name = "公告 第1号 PDF" });
        Assert.Equal($"/notices/{sittingId}/1.pdf", await pdf.GetAttributeAsync("href"));
        Assert.Equal($"/notices/{sittingId}/1.xlsx", await notices.GetByRole(AriaRole.Link, new() { Name = "Excel（XLSX）" }).GetAttributeAsync("href"));
        Assert.Equal($"/notices/{sittingId}/1.json", await notices.GetByRole(AriaRole.Link, new() { Name = "JSON" }).GetAttributeAsync("href"));
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await venue.Api("").DownloadAsync($"/notices/{sittingId}/1.pdf"))[..4]));
        await ScreenshotAsync(secretariat, "secretariat-published");
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
