using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// Motions and 票决 as the back row reads them: a large 通过 / 未通过 on one line, the pass line as the smallest
/// passing whole number of votes (9 deputies: 须获5票以上, never 4.5), bar labels that fit, each project's outcome.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class BigScreenVerdictTests(ChromiumFixture chromium, SharedVenue shared)
{
    private const string Threshold = "须获5票以上（全体代表9人的过半数）";

    [Fact]
    public async Task MotionsShowALargeVerdictAndProjectsTheirOutcomeAgainstAWholeNumberThreshold()
    {
        await using var sitting = await SignedInSitting.CreateAsync(shared.Venue, deputies: 9, signedIn: 7);
        await using var browser = new StaffBrowser(chromium.Browser, shared.Venue);
        var screens = await BigScreens.OpenAsync(browser, sitting);

        var adopted = await VoteOnMotionAsync(sitting, "关于通过《测试镇民生实事项目人大代表票决办法》的决定", forVotes: 5);
        await screens.ExpectResultAsync(adopted.Title);
        await AssertVerdictAsync(screens, "通过");
        await screens.ScreenshotAsync("motion-passed");

        var rejected = await VoteOnMotionAsync(sitting, "通过本次会议总监票人、监票人名单", forVotes: 4);
        await screens.ExpectResultAsync(rejected.Title);
        await AssertVerdictAsync(screens, "未通过");
        await screens.ScreenshotAsync("motion-failed");

        var selection = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(selection.Id);
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d => sitting.MarkAsync(d, selection, d < 6 ? [0, 1, 4] : [2, 3])));
        await sitting.Presidium.CloseBallotAsync(selection.Id);
        await screens.ExpectResultAsync(selection.Title);
        foreach (var page in screens.Pages)
        {
            await Expect(page.Locator("[data-role=threshold]")).ToHaveTextAsync($"通过线：{Threshold}");
            await Expect(page.Locator(".result-table tbody tr").Filter(new() { HasText = "危桥改造项目" }).Locator(".outcome"))
                .ToHaveTextAsync("确定为民生实事项目");
            await Expect(page.Locator(".result-table tbody tr").Filter(new() { HasText = "3500亩优质油菜种植项目" }).Locator(".outcome"))
                .ToHaveTextAsync("未获通过");
            await Expect(page.Locator("[data-role=announcement]")).ToContainTextAsync("确定为民生实事项目");
            await AssertNothingCutAsync(page);
        }
        await screens.ScreenshotAsync("selection");

        var approval = await sitting.OpenAsync(new("2027年度民生实事项目票决（逐项表决）", Kind: BallotKind.ProjectApproval, Places: 2,
            Items: [new("村级卫生室标准化建设项目"), new("中小学饮水安全提升项目"), new("集镇农贸市场提升改造项目")]));
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d =>
            sitting.ChooseAsync(d, approval, (0, "for"), (1, d < 5 ? "for" : "against"), (2, d < 3 ? "for" : "abstain"))));
        await sitting.Presidium.CloseBallotAsync(approval.Id);
        await screens.ExpectResultAsync(approval.Title);
        foreach (var page in screens.Pages)
        {
            await Expect(page.Locator(".result-table .outcome-adopted")).ToHaveCountAsync(2);
            await AssertNothingCutAsync(page);
        }
        await screens.ScreenshotAsync("approval");
        browser.AssertNoScriptErrors();
    }

    private static async Task<BallotView> VoteOnMotionAsync(SignedInSitting sitting, string title, int forVotes)
    {
        var motion = await sitting.OpenAsync(new(title, Kind: BallotKind.Motion));
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d =>
            sitting.ChooseAsync(d, motion, (0, d < forVotes ? "for" : d % 2 == 0 ? "against" : "abstain"))));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        return motion;
    }

    private static async Task AssertVerdictAsync(BigScreens screens, string verdict)
    {
        foreach (var page in screens.Pages)
        {
            var text = page.Locator("[data-role=verdict]");
            await Expect(text).ToHaveTextAsync(verdict);
            await Expect(page.Locator(".verdict [data-role=threshold]")).ToHaveTextAsync(Threshold);
            var size = await text.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            var height = await text.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
            Assert.True(size >= (page.ViewportSize!.Width >= 1920 ? 120 : 90), $"verdict at {size}px");
            Assert.True(height < 2 * size, $"the verdict wraps: {height}px high at {size}px");
            await Expect(page.Locator(".motion-bar")).ToHaveCountAsync(4);
            await AssertNothingCutAsync(page);
        }
    }

    /// <summary>No label, count or table cell is cut off or wrapped to one character a line.</summary>
    private static async Task AssertNothingCutAsync(IPage page)
    {
        var cut = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.bar-label, .bar-count, .result-table th, .result-table td, .result-figures, .threshold')]
              .filter((e) => {
                const size = parseFloat(getComputedStyle(e).fontSize);
                const oneCharLines = e.textContent.length >= 2 && e.getBoundingClientRect().width < 1.5 * size;
                return e.scrollWidth > e.clientWidth + 1 || oneCharLines;
              })
              .map((e) => e.textContent)
            """);
        Assert.Empty(cut);
    }
}
