using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over a page as it is now: a serious or critical violation fails, and so does a
/// moderate one (issue #13: no serious or moderate finding on any page state). Minor findings are returned for the
/// report, not failed on.
/// </summary>
public static class AxeCheck
{
    private static readonly string[] Failing = ["critical", "serious", "moderate"];

    /// <summary>One finding: the rule, its impact and the elements it names.</summary>
    public sealed record Finding(string State, string Rule, string Impact, string Help, string[] Targets)
    {
        public override string ToString() => $"{State}: {Impact} {Rule} ({Help}) at {string.Join(" | ", Targets)}";
    }

    /// <summary>Runs axe over <paramref name="page"/> and returns every finding, named by <paramref name="state"/>.</summary>
    public static async Task<List<Finding>> RunAsync(IPage page, string state)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            // The WCAG 2.x A/AA rules and axe's best practices, as the audit of issue #13 ran them.
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        return [.. result.Violations.Select(v => new Finding(
            state, v.Id, v.Impact ?? "", v.Help, [.. v.Nodes.Select(n => n.Target?.ToString() ?? n.Html)]))];
    }

    /// <summary>The findings that fail a page state: critical, serious or moderate.</summary>
    public static List<Finding> Failures(IEnumerable<Finding> findings) => [.. findings.Where(f => Failing.Contains(f.Impact))];
}
