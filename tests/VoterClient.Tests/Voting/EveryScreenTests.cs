using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.Voting;

/// <summary>
/// Every screen of the tablet, on a 10-inch tablet in landscape and on a phone: each passes axe-core with no serious
/// or moderate finding and the app's own size rules, and is saved as a screenshot under tablet/{width}x{height}/.
/// </summary>
[Collection(TabletCollection.Name)]
public sealed class EveryScreenTests(BrowserFixture fixture, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    public static TheoryData<int, int> Sizes => new() { { 1280, 800 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task EveryScreenPassesAxeAndIsPhotographed(int width, int height)
    {
        var size = new ViewportSize { Width = width, Height = height };
        var folder = $"{width}x{height}";
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, size: size);
        // A result is photographed whole, so that its table can be looked at below the announcement.
        async Task CheckAsync(string screen)
        {
            await AxeCheck.AssertCleanAsync(tablet.Page, $"{folder} {screen}");
            await tablet.ScreenshotAsync($"{folder}/{screen}", fullPage: screen.StartsWith("10-"));
        }

        await tablet.ExpectHeadingAsync("代表签到");
        await Expect(tablet.Page.GetByText("未找到可用的摄像头，请手动输入凭证码。")).ToBeVisibleAsync();
        await CheckAsync("01-sign-in");
        await tablet.SignInByCodeAsync("ABCD-EFGH-JK");
        await Expect(tablet.Alert).ToContainTextAsync("凭证码应为26位");
        await CheckAsync("01-sign-in-short-code");
        await tablet.SignInAsync(sitting);
        await CheckAsync("02-waiting");

        BallotView[] ballots =
        [
            await sitting.OpenSelectionAsync(), await sitting.OpenAsync(TabletSitting.Approval), await sitting.OpenAsync(TabletSitting.Satisfaction),
            await sitting.OpenAsync(TabletSitting.Appraisal), await sitting.OpenAsync(TabletSitting.Motion),
        ];
        foreach (var ballot in ballots) await Expect(tablet.BallotCard(ballot.Title)).ToBeVisibleAsync();
        // The first 「开始表决」 is in view without scrolling, on the phone too.
        await Expect(tablet.BallotCard(ballots[0].Title).GetByRole(AriaRole.Button, new() { Name = "开始表决" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await CheckAsync("03-waiting-ballots-open");

        // 差额票决: blank first (the warning), then up to the limit (the other projects set aside, still legible).
        await OpenBallotAsync(tablet, ballots[0]);
        await CheckAsync("04-ballot-project-selection");
        await tablet.Button("下一步：核对选票").ClickAsync();
        await Expect(tablet.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("确定提交空白票吗？");
        await CheckAsync("04-ballot-project-selection-blank-warning");
        await tablet.Button("返回选择").ClickAsync();
        foreach (var project in ballots[0].Items.Take(3)) await tablet.Project(project.Name).CheckAsync();
        await Expect(tablet.Page.GetByText("已选 3 / 3")).ToBeVisibleAsync();
        await CheckAsync("04-ballot-project-selection-full");
        await ReviewAsync(tablet, ballots[0], CheckAsync);

        await VoteAsync(tablet, ballots[1], CheckAsync, async () =>
        {
            foreach (var (item, option) in ballots[1].Items.Zip(["赞成", "反对", "弃权"])) await tablet.ChooseAsync(item.Name, option);
        });
        await VoteAsync(tablet, ballots[2], CheckAsync, async () =>
        {
            foreach (var (item, option) in ballots[2].Items.Zip(["满意", "不满意", "不了解"])) await tablet.ChooseAsync(item.Name, option);
        });
        await VoteAsync(tablet, ballots[3], CheckAsync, async () =>
        {
            foreach (var (item, option) in ballots[3].Items.Zip(["称职", "不称职"])) await tablet.ChooseAsync(item.Name, option);
        });
        await VoteAsync(tablet, ballots[4], CheckAsync, () => tablet.ChooseAsync(ballots[4].Title, "反对"));
        await CheckAsync("09-waiting-all-submitted");

        foreach (var ballot in ballots) await sitting.OthersVoteAsync(ballot);
        foreach (var ballot in ballots)
        {
            var result = await sitting.CloseAsync(ballot);
            await tablet.ExpectHeadingAsync(ballot.Title);
            await Expect(tablet.Page.Locator(".announcement")).ToHaveTextAsync(result.Announcement);
            // A table wider than the phone scrolls in a region that the keyboard can reach.
            Assert.Empty(await tablet.Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll("table")]
                  .filter((t) => t.scrollWidth > t.parentElement.clientWidth + 1 || document.documentElement.scrollWidth > innerWidth)
                  .filter((t) => t.parentElement.getAttribute("tabindex") !== "0" || t.parentElement.getAttribute("role") !== "region")
                  .map((t) => t.textContent.slice(0, 30))
                """));
            await CheckAsync($"10-result-{ballot.Kind.Wire()}");
            await tablet.Button("返回会议").ClickAsync();
        }
        await Expect(tablet.Page.Locator(".attendance")).ToContainTextAsync("缺席");
        await CheckAsync("02-waiting-results");

        await tablet.Button("退出").ClickAsync();
        await Expect(tablet.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("本平板将清除您的凭证");
        await CheckAsync("08-sign-out");
        await tablet.Button("取消").ClickAsync();
        await Expect(tablet.Page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
    }

    private static async Task OpenBallotAsync(Tablet tablet, BallotView ballot)
    {
        await tablet.StartBallotAsync(ballot.Title);
        await tablet.ExpectHeadingAsync(ballot.Title);
        // On a phone the fixed bars leave the ballot most of the screen.
        var viewport = tablet.Page.ViewportSize!;
        if (viewport.Width < 800) Assert.InRange(await tablet.Page.EvaluateAsync<double>(Bars.FixedHeight), 0, 120);
    }

    private static async Task VoteAsync(Tablet tablet, BallotView ballot, Func<string, Task> check, Func<Task> mark)
    {
        await OpenBallotAsync(tablet, ballot);
        await mark();
        await check($"04-ballot-{ballot.Kind.Wire()}");
        await ReviewAsync(tablet, ballot, check);
    }

    private static async Task ReviewAsync(Tablet tablet, BallotView ballot, Func<string, Task> check)
    {
        await tablet.Button("下一步：核对选票").ClickAsync();
        await tablet.ExpectHeadingAsync($"核对选票：{ballot.Title}");
        await check($"05-review-{ballot.Kind.Wire()}");
        await tablet.Button("确认提交").ClickAsync();
        await tablet.ExpectHeadingAsync("已提交");
        // The receipt's tracking code, large, with what it shows and what it does not.
        var tracking = tablet.Page.Locator("[data-role='tracking-code']");
        await Expect(tracking.Locator(".tracking-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}-[0-9A-Z]{4}$"));
        await Expect(tracking).ToContainTextAsync("它不显示、也无法证明您投了什么票");
        await check($"06-submitted-{ballot.Kind.Wire()}");
        await tablet.Button("返回会议").ClickAsync();
        await Expect(tablet.BallotCard(ballot.Title)).ToContainTextAsync("已提交");
    }
}
