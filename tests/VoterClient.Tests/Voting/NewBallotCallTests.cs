using Microsoft.Playwright;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.Voting;

/// <summary>
/// A ballot opened while the deputy looks at something else is called at the top of the screen, as one full-width
/// button that leads to it; the call goes once the deputy is there, and no 「新的表决已开始」 stays on later screens.
/// </summary>
[Collection(TabletCollection.Name)]
public sealed class NewBallotCallTests(BrowserFixture fixture, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    /// <summary>Counts the vibrations asked for and the tones made, in place of a speaker and a motor.</summary>
    private const string CountSignals = """
        window.vibrations = [];
        window.tones = 0;
        Navigator.prototype.vibrate = function (pattern) { window.vibrations.push(pattern); return true; };
        const createOscillator = BaseAudioContext.prototype.createOscillator;
        BaseAudioContext.prototype.createOscillator = function () { window.tones++; return createOscillator.call(this); };
        """;

    private static ILocator Call(Tablet tablet) => tablet.Page.Locator("#call").GetByRole(AriaRole.Button);

    [Fact]
    public async Task BallotOpenedWhileReadingAResultIsCalledAndTheCallLeadsToIt()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, page => page.AddInitScriptAsync(CountSignals), Tablet.Phone);
        await tablet.SignInAsync(sitting);

        // The motion is voted and closed: the tablet shows its result, with no word of a published notice.
        var motion = await sitting.OpenAsync(TabletSitting.Motion);
        await tablet.StartBallotAsync(motion.Title);
        await tablet.ChooseAsync(motion.Title, "赞成");
        await tablet.ReviewAndSubmitAsync();
        await tablet.ExpectHeadingAsync("已提交");
        await Expect(Call(tablet)).ToHaveCountAsync(0);
        await sitting.OthersVoteAsync(motion);
        await sitting.CloseAsync(motion);
        await tablet.ExpectHeadingAsync(motion.Title);
        await Expect(tablet.Page.GetByText("已公布")).ToHaveCountAsync(0);

        // A ballot opens while the deputy reads the result: a call, two tones and a vibration.
        await tablet.Page.EvaluateAsync("() => { window.vibrations = []; window.tones = 0; }");
        var approval = await sitting.OpenAsync(TabletSitting.Approval);
        await Expect(Call(tablet)).ToContainTextAsync($"新的表决已开始：{approval.Title}");
        await tablet.Page.WaitForFunctionAsync("() => window.vibrations.length === 1 && window.tones === 2");
        await Expect(Call(tablet)).ToBeInViewportAsync(new() { Ratio = 1 });
        await tablet.ScreenshotAsync("390x844/14-new-ballot-call");
        await Call(tablet).ClickAsync();
        await tablet.ExpectHeadingAsync(approval.Title);
        await Expect(Call(tablet)).ToHaveCountAsync(0);
        await Expect(tablet.Page.GetByText("新的表决已开始")).ToHaveCountAsync(0);

        foreach (var item in approval.Items) await tablet.ChooseAsync(item.Name, "赞成");
        await tablet.ReviewAndSubmitAsync();
        await tablet.ExpectHeadingAsync("已提交");
        await Expect(tablet.Page.GetByText("新的表决已开始")).ToHaveCountAsync(0);
        await Expect(tablet.Page.Locator("#notice")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task BallotOpenedWhileVotingOnAnotherIsCalledWithoutLeavingTheFirst()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url);
        await tablet.SignInAsync(sitting);
        var selection = await sitting.OpenSelectionAsync();
        await tablet.StartBallotAsync(selection.Title);
        await tablet.Project(selection.Items[0].Name).CheckAsync();

        var motion = await sitting.OpenAsync(TabletSitting.Motion);
        await Expect(Call(tablet)).ToContainTextAsync($"新的表决已开始：{motion.Title}");
        await tablet.ExpectHeadingAsync(selection.Title);
        await Expect(tablet.Project(selection.Items[0].Name)).ToBeCheckedAsync();
        await tablet.ScreenshotAsync("1280x800/14-new-ballot-call-while-voting");

        // Voting on, the call stays until the deputy goes to the motion; after that it is gone.
        await tablet.ReviewAndSubmitAsync();
        await tablet.ExpectHeadingAsync("已提交");
        await Expect(Call(tablet)).ToContainTextAsync(motion.Title);
        await Call(tablet).ClickAsync();
        await tablet.ExpectHeadingAsync(motion.Title);
        await Expect(Call(tablet)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task BallotClosedWhileVotingOnAnotherIsNoticedAndTheNoticeLeadsToItsCount()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url);
        await tablet.SignInAsync(sitting);
        var motion = await sitting.OpenAsync(TabletSitting.Motion);
        var selection = await sitting.OpenSelectionAsync();
        await tablet.StartBallotAsync(selection.Title);
        await tablet.ExpectHeadingAsync(selection.Title);

        await sitting.OthersVoteAsync(motion);
        await sitting.CloseAsync(motion);
        var notice = tablet.Page.Locator("#notice");
        await Expect(notice).ToContainTextAsync($"“{motion.Title}”表决已经结束。");
        await Expect(notice).Not.ToContainTextAsync("已公布");
        await tablet.ExpectHeadingAsync(selection.Title);
        await AxeCheck.AssertCleanAsync(tablet.Page, "ballot with a closed ballot's notice");
        await tablet.ScreenshotAsync("1280x800/15-ballot-closed-notice");
        await notice.GetByRole(AriaRole.Button, new() { Name = "查看计票结果" }).ClickAsync();
        await tablet.ExpectHeadingAsync(motion.Title);
        await Expect(tablet.Page.Locator(".announcement")).ToContainTextAsync("本议案获得通过");
        await Expect(notice).ToBeHiddenAsync();
    }
}
