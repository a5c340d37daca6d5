using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// What the secretariat does with a year's 民生实事 projects on the term page (tabs 「项目实施」 and 「项目实施情况」), one
/// step each, for any test that lives through a year: plan a project, open its history, create the 测评 and write its
/// grades back, read the dashboard. Each step waits for the page's own answer and returns what it says.
/// </summary>
public static class ProjectSteps
{
    public static ILocator Row(IPage page, string title) =>
        page.Locator("table.projects tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });

    /// <summary>Opens 「项目实施」 on the list of <paramref name="year"/>'s projects.</summary>
    public static async Task OpenProjectsAsync(IPage page, int year)
    {
        await Tab(page, "项目实施").ClickAsync();
        var panel = page.Locator("#panel-projects");
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        var back = page.GetByRole(AriaRole.Link, new() { Name = "← 返回项目列表" });
        if (await back.IsVisibleAsync()) await back.ClickAsync();
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        await panel.GetByLabel("年度").SelectOptionAsync(new SelectOptionValue { Label = $"{year}年度" });
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    /// <summary>Opens a project's plan dialog from its row.</summary>
    public static async Task<ILocator> OpenPlanAsync(IPage page, string title)
    {
        await Row(page, title).GetByRole(AriaRole.Button, new() { Name = "实施计划" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"实施计划：{title}" });
        await Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>Fills the plan dialog: the deadline, the milestones (those not yet done are replaced), the supervisors' numbers.</summary>
    public static async Task FillPlanAsync(ILocator dialog, DateOnly deadline, IReadOnlyList<(string Name, DateOnly DueOn)> milestones, IEnumerable<string> supervisors)
    {
        await dialog.GetByLabel("完成期限").FillAsync(Iso(deadline));
        var rows = dialog.Locator(".milestones-editor tbody tr");
        while (await rows.CountAsync() > 0) await rows.First.GetByRole(AriaRole.Button).ClickAsync();
        foreach (var (name, due) in milestones)
        {
            await dialog.GetByRole(AriaRole.Button, new() { Name = "添加节点" }).ClickAsync();
            await rows.Last.Locator("input[name='milestone-name']").FillAsync(name);
            await rows.Last.Locator("input[name='milestone-due']").FillAsync(Iso(due));
        }
        await dialog.GetByLabel("监督小组代表的代表证号").FillAsync(string.Join("、", supervisors));
    }

    /// <summary>Plans a project from its row; returns the page's confirmation (已保存…).</summary>
    public static async Task<string> PlanAsync(
        IPage page, string title, DateOnly deadline, IReadOnlyList<(string Name, DateOnly DueOn)> milestones, IEnumerable<string> supervisors)
    {
        var dialog = await OpenPlanAsync(page, title);
        await FillPlanAsync(dialog, deadline, milestones, supervisors);
        return await SavePlanAsync(page, dialog, title);
    }

    public static async Task<string> SavePlanAsync(IPage page, ILocator dialog, string title)
    {
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存计划" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var saved = page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"已保存“{title}”的实施计划" });
        return await saved.InnerTextAsync();
    }

    /// <summary>Opens a project's history from its link in the list; returns the history.</summary>
    public static async Task<ILocator> OpenHistoryAsync(IPage page, string title)
    {
        await Row(page, title).GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(page.Locator("#panel-projects")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var history = page.Locator("article.project-history");
        await Expect(history.GetByRole(AriaRole.Heading, new() { Name = title, Level = 2 })).ToBeVisibleAsync();
        return history;
    }

    /// <summary>The part of a history about one step: origin, vote, plan, reports, inspections, appraisal.</summary>
    public static ILocator HistoryStep(ILocator history, string step) => history.Locator($".history-step[data-step='{step}']");

    /// <summary>Creates the year's 测评 for the sitting named; returns where the page says the ballot went.</summary>
    public static async Task<string> CreateAppraisalAsync(IPage page, int year, string sittingName)
    {
        await OpenProjectsAsync(page, year);
        var form = page.GetByRole(AriaRole.Form, new() { Name = "生成满意度测评票" });
        await form.GetByLabel("测评会议").SelectOptionAsync(new SelectOptionValue { Label = sittingName });
        await form.GetByRole(AriaRole.Button, new() { Name = "生成满意度测评票" }).ClickAsync();
        return await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已生成" }).InnerTextAsync();
    }

    /// <summary>Writes the year's published grades back; returns each project with the grade the page lists.</summary>
    public static async Task<IReadOnlyList<(string Title, string Grade)>> WriteBackGradesAsync(IPage page, int year)
    {
        await OpenProjectsAsync(page, year);
        await page.GetByRole(AriaRole.Button, new() { Name = "写回测评等次" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "写回的测评等次" }).Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        var written = new List<(string, string)>();
        foreach (var row in await rows.AllAsync())
            written.Add((await row.Locator("th").InnerTextAsync(), await row.Locator("td").Last.InnerTextAsync()));
        return written;
    }

    /// <summary>Opens 「项目实施情况」 on a year and a day (today when null) and reads what it says.</summary>
    public static async Task<ProjectDashboardTexts> ReadDashboardAsync(IPage page, int year, DateOnly? asOf = null)
    {
        await Tab(page, "项目实施情况").ClickAsync();
        var panel = page.Locator("#panel-project-figures");
        await panel.GetByLabel("年度").SelectOptionAsync(new SelectOptionValue { Label = $"{year}年度" });
        var today = panel.GetByRole(AriaRole.Button, new() { Name = "回到今天" });
        if (asOf is { } day) await panel.GetByLabel("统计截至日期（默认为今天）").FillAsync(Iso(day));
        else if (await today.IsVisibleAsync()) await today.ClickAsync();
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        var heading = panel.GetByRole(AriaRole.Heading, new() { NameRegex = new("^总体情况（截至") });
        if (asOf is { } shown) await Expect(heading).ToHaveTextAsync($"总体情况（截至{shown.Year}年{shown.Month}月{shown.Day}日）");
        var figures = new Dictionary<string, string>();
        foreach (var figure in await panel.Locator(".big-figure").AllAsync())
            figures[(await figure.GetAttributeAsync("data-figure"))!] = await figure.InnerTextAsync();
        var late = new List<IReadOnlyList<string>>();
        foreach (var row in await panel.Locator("table.late-projects tbody tr").AllAsync())
            late.Add([.. (await row.Locator("th, td").AllInnerTextsAsync()).Select(t => t.Trim())]);
        return new(await heading.InnerTextAsync(), await panel.Locator(".overall-sentence").InnerTextAsync(), figures, late);
    }

    /// <summary>A tab by its whole name: 「项目实施」 is the start of 「项目实施情况」.</summary>
    public static ILocator Tab(IPage page, string name) => page.GetByRole(AriaRole.Tab, new() { Name = name, Exact = true });

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The dashboard as read: its heading, the report's sentence, each card's text by key, the late list's cells.</summary>
public sealed record ProjectDashboardTexts(
    string Heading, string Sentence, IReadOnlyDictionary<string, string> Figures, IReadOnlyList<IReadOnlyList<string>> Late);
