using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PeoplesCongress.VoterClient.Tests.Browser;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over what the tablet shows now: no serious, critical or moderate finding,
/// each one named with its rule and the elements it found, so that a failure says what to fix.
/// </summary>
public static class Axe
{
    private static readonly string[] Blocking = ["critical", "serious", "moderate"];

    public static async Task AssertCleanAsync(IPage page, string state)
    {
        var results = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        var findings = results.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{state}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
