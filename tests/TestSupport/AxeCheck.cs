using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace PeoplesCongress.TestSupport;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over a page as it is now, for the staff pages and the tablet alike: a critical,
/// serious or moderate violation fails (no such finding on any page state at its users' sizes); minor findings are
/// returned for the report, not failed on. Each finding names its rule and the elements, so a failure says what to fix.
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
            // The WCAG 2.x A/AA rules and axe's best practices.
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        return [.. result.Violations.Select(v => new Finding(
            state, v.Id, v.Impact ?? "", v.Help, [.. v.Nodes.Select(n => n.Target?.ToString() ?? n.Html)]))];
    }

    /// <summary>The findings that fail a page state: critical, serious or moderate.</summary>
    public static List<Finding> Failures(IEnumerable<Finding> findings) => [.. findings.Where(f => Failing.Contains(f.Impact))];

    /// <summary>Fails unless axe finds nothing critical, serious or moderate on the page as it is now.</summary>
    public static async Task AssertCleanAsync(IPage page, string state)
    {
        var failures = Failures(await RunAsync(page, state));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
