using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// 监督 of the 民生实事 projects through the pages, as the steps of a test: the lead department reports progress on its
/// page (民生实事项目 tab), and a deputy of the supervision group opens the project on the phone and records an
/// inspection. Each step waits for the page to say it was done.
/// </summary>
public static class SupervisionSteps
{
    /// <summary>Opens the department's page at 1366×768 and signs in with the department's credential.</summary>
    public static async Task<IPage> OpenDepartmentAsync(StaffBrowser pages, string code)
    {
        var department = await pages.OpenAsync("/staff/department.html", 1366, 768);
        await StaffBrowser.SignInAsAsync(department, code);
        return department;
    }

    /// <summary>Opens the 民生实事项目 tab (whatever its count) and returns the card of the project <paramref name="title"/>.</summary>
    public static async Task<ILocator> OpenProjectCardAsync(IPage department, string title)
    {
        var tab = department.GetByRole(AriaRole.Tab, new() { NameRegex = new("^民生实事项目") });
        if (await tab.GetAttributeAsync("aria-selected") != "true") await tab.ClickAsync();
        // Opened, the tab reads the projects again and draws their forms anew: type only once it has.
        await Expect(department.Locator("#panel-projects")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var heading = department.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true });
        var card = department.Locator("article.project-card").Filter(new() { Has = heading });
        await Expect(card).ToBeVisibleAsync();
        return card;
    }

    /// <summary>
    /// Fills the report form of a project's card and presses 提交进展报告 (confirming delivery when asked), without
    /// waiting for the outcome: a refusal is then the card's alert.
    /// </summary>
    public static async Task SubmitReportAsync(
        IPage department, ILocator card, string text, string percent, IEnumerable<string>? milestonesDone = null, bool delivered = false)
    {
        var form = card.GetByRole(AriaRole.Form, new() { Name = "报告进展" });
        await form.GetByLabel("进展情况").FillAsync(text);
        if (delivered) await form.GetByRole(AriaRole.Checkbox, new() { Name = "项目已完成" }).CheckAsync();
        await form.GetByLabel("完成进度（%）").FillAsync(percent);
        foreach (var milestone in milestonesDone ?? [])
            await form.GetByRole(AriaRole.Checkbox, new() { NameRegex = new($"^{Regex.Escape(milestone)}（") }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "提交进展报告" }).ClickAsync();
        if (delivered)
            await department.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "报告项目完成" }).ClickAsync();
    }

    /// <summary>Reports progress on the department's page and waits for the page to confirm it.</summary>
    public static async Task ReportProgressAsync(
        IPage department, string title, string text, int percent, IEnumerable<string>? milestonesDone = null, bool delivered = false)
    {
        var card = await OpenProjectCardAsync(department, title);
        await SubmitReportAsync(department, card, text, percent.ToString(CultureInfo.InvariantCulture), milestonesDone, delivered);
        await Expect(department.GetByRole(AriaRole.Status).Filter(new() { HasText = $"已报告“{title}”" })).ToBeVisibleAsync();
    }

    /// <summary>On a signed-in phone: 我监督的项目, then the project titled <paramref name="title"/>.</summary>
    public static async Task OpenPhoneProjectAsync(IPage phone, string title)
    {
        await phone.GetByRole(AriaRole.Link, new() { Name = "我监督的项目", Exact = true }).ClickAsync();
        await Expect(PhonePages.Heading(phone, "我监督的项目")).ToBeVisibleAsync();
        await phone.Locator("a.project-card").Filter(new() { HasText = title }).ClickAsync();
        await Expect(PhonePages.Heading(phone, title)).ToBeVisibleAsync();
    }

    /// <summary>On a project opened on the phone: 记录视察情况, submitted, and the phone's confirmation awaited.</summary>
    public static async Task RecordInspectionAsync(IPage phone, string text)
    {
        var form = phone.GetByRole(AriaRole.Form, new() { Name = "记录视察情况" });
        await form.GetByLabel("视察情况").FillAsync(text);
        await form.GetByRole(AriaRole.Button, new() { Name = "提交视察情况" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("视察情况已记录");
        await Expect(phone.Locator(".entry-text").Filter(new() { HasText = text })).ToBeVisibleAsync();
    }
}
