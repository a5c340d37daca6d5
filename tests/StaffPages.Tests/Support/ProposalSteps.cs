using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// The secretariat's steps on the term page's 「民生实事征集与票决」 tab, each waiting until the page confirms it:
/// the year's public collection opened, a proposal entered or a list imported, a proposal screened, the candidate
/// list put on a sitting's agenda, and the projects of a published 票决 adopted. Steps that the server may refuse
/// have a <c>Try</c> form that only presses the button, for a test that expects the refusal.
/// </summary>
public static class ProposalSteps
{
    public const string Tab = "民生实事征集与票决";

    public static ILocator Status(IPage page, string containing) =>
        page.GetByRole(AriaRole.Status).Filter(new() { HasText = containing });

    public static ILocator Row(IPage page, int proposalId) => page.Locator($"table.proposals tr[data-proposal='{proposalId}']");

    public static ILocator BallotRow(IPage page, int ballotId) => page.Locator($"table.candidate-ballots tbody[data-ballot='{ballotId}']");

    /// <summary>Opens (or refreshes, by choosing it again) the tab, on the given year.</summary>
    public static async Task OpenAsync(IPage page, int year)
    {
        await StaffBrowser.OpenTabAsync(page, Tab);
        var field = page.GetByLabel("项目年度");
        if (await field.InputValueAsync() != year.ToString())
        {
            await field.FillAsync(year.ToString());
            await field.BlurAsync();
        }
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "项目建议与初选" })).ToBeVisibleAsync();
        await Expect(page.Locator("table.proposals tbody tr").First).ToBeVisibleAsync();
    }

    public static async Task OpenCollectionAsync(IPage page, int year)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"开始公开征集{year}年度项目" }).ClickAsync();
        await Expect(Status(page, "已开始公开征集")).ToHaveTextAsync($"已开始公开征集{year}年度民生实事项目，群众可在征集页提交项目建议。");
    }

    public sealed record Proposal(string Title, string Content, string Place, decimal? Budget, string? Department, string Source = "部门",
        string? Submitter = null, string? Phone = null);

    /// <summary>Enters a proposal by hand; returns its number as the page confirms it.</summary>
    public static async Task<int> EnterAsync(IPage page, Proposal proposal)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = "登记项目建议", Exact = true });
        await form.GetByLabel("项目名称").FillAsync(proposal.Title);
        await form.GetByLabel("项目内容").FillAsync(proposal.Content);
        await form.GetByLabel("实施地点").FillAsync(proposal.Place);
        if (proposal.Budget is { } budget) await form.GetByLabel("估算投资（万元）").FillAsync(budget.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (proposal.Department is { } department) await form.GetByLabel("建议承办单位").SelectOptionAsync(new SelectOptionValue { Label = department });
        await form.GetByLabel("来源").SelectOptionAsync(new SelectOptionValue { Label = proposal.Source });
        if (proposal.Submitter is { } name) await form.GetByLabel("建议人").FillAsync(name);
        if (proposal.Phone is { } phone) await form.GetByLabel("联系电话").FillAsync(phone);
        await form.GetByRole(AriaRole.Button, new() { Name = "登记项目建议" }).ClickAsync();
        var status = form.GetByRole(AriaRole.Status);
        await Expect(status).ToContainTextAsync($"号项目建议“{proposal.Title}”，待初选。");
        var text = await status.InnerTextAsync();
        return int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"第(\d+)号").Groups[1].Value);
    }

    /// <summary>Chooses a CSV list and imports it; the page's answer (confirmation or the server's refusal) is left to the caller.</summary>
    public static async Task TryImportAsync(IPage page, string csv)
    {
        await page.GetByLabel("民生实事项目清单文件").SetInputFilesAsync(new FilePayload
        {
            Name = "proposals.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入项目建议" }).ClickAsync();
    }

    public static async Task ImportAsync(IPage page, string csv, int year, int rows)
    {
        await TryImportAsync(page, csv);
        await Expect(Status(page, "已导入")).ToHaveTextAsync($"已导入{year}年度项目建议{rows}项，待初选。");
    }

    /// <summary>Opens the 初选 dialog of a proposal, chooses accepted or rejected, fills what is given and saves.</summary>
    public static async Task<ILocator> TryScreenAsync(IPage page, int proposalId, bool accept, string? department = null, decimal? budget = null, string? note = null)
    {
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"初选第{proposalId}号项目建议" });
        if (!await dialog.IsVisibleAsync())
            await Row(page, proposalId).GetByRole(AriaRole.Button).ClickAsync();
        await dialog.GetByRole(AriaRole.Radio, new() { Name = accept ? "列入候选" : "不列入" }).CheckAsync();
        if (department is not null) await dialog.GetByLabel("承办单位").SelectOptionAsync(new SelectOptionValue { Label = department });
        if (budget is { } wan) await dialog.GetByLabel("估算投资（万元）").FillAsync(wan.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (note is not null) await dialog.GetByLabel("理由或说明").FillAsync(note);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存初选结果" }).ClickAsync();
        return dialog;
    }

    public static async Task AcceptAsync(IPage page, int proposalId, string? department = null, decimal? budget = null)
    {
        await Expect(await TryScreenAsync(page, proposalId, true, department, budget)).ToBeHiddenAsync();
        await Expect(Row(page, proposalId)).ToContainTextAsync("列入候选");
    }

    public static async Task RejectAsync(IPage page, int proposalId, string reason)
    {
        await Expect(await TryScreenAsync(page, proposalId, false, note: reason)).ToBeHiddenAsync();
        await Expect(Row(page, proposalId)).ToContainTextAsync("不列入" + reason);
    }

    /// <summary>Ticks exactly these accepted proposals, fills the places, chooses the sitting and presses 列入会议议程.</summary>
    public static async Task TryCreateCandidateListAsync(IPage page, IReadOnlyCollection<int> proposalIds, int places, string sitting)
    {
        foreach (var box in await page.Locator("table.proposals input[name='candidate']").AllAsync())
            await box.SetCheckedAsync(proposalIds.Contains(int.Parse(await box.GetAttributeAsync("value") ?? "0")));
        var form = page.GetByRole(AriaRole.Form, new() { Name = "候选项目与票决" });
        await Expect(form.Locator(".candidate-picked li:not(.none)")).ToHaveCountAsync(proposalIds.Count);
        await form.GetByLabel("应选项目数").FillAsync(places.ToString());
        await form.GetByLabel("会议").SelectOptionAsync(new SelectOptionValue { Label = sitting });
        await form.GetByRole(AriaRole.Button, new() { Name = "列入会议议程" }).ClickAsync();
    }

    /// <summary>Creates the candidate list and waits for the page's confirmation, which it returns.</summary>
    public static async Task<string> CreateCandidateListAsync(IPage page, IReadOnlyCollection<int> proposalIds, int places, string sitting)
    {
        await TryCreateCandidateListAsync(page, proposalIds, places, sitting);
        var status = Status(page, "个候选项目列入");
        await Expect(status).ToContainTextAsync($"已将{proposalIds.Count}个候选项目列入“{sitting}”议程");
        return await status.InnerTextAsync();
    }

    /// <summary>Adopts the projects of a published 票决 (its first round's id names the row), with an optional deadline.</summary>
    public static async Task<string> AdoptAsync(IPage page, int ballotId, DateOnly? deadline = null)
    {
        var row = BallotRow(page, ballotId);
        await Expect(row).ToContainTextAsync("已公告，待确定项目");
        if (deadline is { } day) await row.GetByLabel("完成期限").FillAsync(day.ToString("yyyy-MM-dd"));
        await row.GetByRole(AriaRole.Button, new() { Name = "确定项目" }).ClickAsync();
        var status = Status(page, "民生实事项目：");
        await Expect(status).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("已确定");
        return await status.InnerTextAsync();
    }
}
