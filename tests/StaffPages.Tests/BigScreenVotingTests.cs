using System.Text.RegularExpressions;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// Before and while voting the hall sees a large quorum badge (法定人数 达到 / 未达到 with 实到 / 应到), and while a ballot
/// is open the time since it opened, ticking, beside 已投 / 应投.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed partial class BigScreenVotingTests(ChromiumFixture chromium, SharedVenue shared)
{
    [Fact]
    public async Task TheHallSeesTheQuorumAndTheElapsedTimeWhileVoting()
    {
        var venue = shared.Venue;
        await using var empty = await SignedInSitting.CreateAsync(venue, deputies: 9, signedIn: 0);
        await using var browser = new StaffBrowser(chromium.Browser, venue);
        var screens = await BigScreens.OpenAsync(browser, empty);
        foreach (var page in screens.Pages)
        {
            await Expect(page.Locator("[data-role=quorum]")).ToHaveTextAsync("法定人数未达到实到 0 / 应到 9");
            await Expect(page.Locator("[data-role=quorum]")).ToHaveClassAsync(new Regex("not-met"));
        }
        await screens.ScreenshotAsync("waiting");

        var tablets = new List<VenueConnection>();
        foreach (var (_, code) in empty.Setup.Codes.OrderBy(c => c.Key).Take(7)) tablets.Add(await venue.SignInAsync(code));
        await using var sitting = new SignedInSitting(empty.Setup, tablets);
        foreach (var page in screens.Pages)
            await Expect(page.Locator("[data-role=quorum]")).ToHaveTextAsync("法定人数达到实到 7 / 应到 9");
        await screens.ScreenshotAsync("waiting-quorum");

        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        foreach (var page in screens.Pages)
        {
            await Expect(page.Locator("[data-role=progress]")).ToHaveTextAsync("已投 0 / 应投 7");
            await Expect(page.Locator(".voting [data-role=quorum]")).ToHaveTextAsync("法定人数达到实到 7 / 应到 9");
            await Expect(page.Locator(".items li")).ToHaveCountAsync(5);
        }
        await Task.WhenAll(Enumerable.Range(0, 3).Select(d => sitting.MarkAsync(d, ballot, 0, 1)));
        foreach (var page in screens.Pages)
        {
            await Expect(page.Locator("[data-role=progress]")).ToHaveTextAsync("已投 3 / 应投 7");
            // The clock ticks: it moves past 00:00 by itself, with no push from the server.
            await Expect(page.Locator("[data-role=elapsed]")).ToHaveTextAsync(ElapsedPastZero());
        }
        await screens.ScreenshotAsync("voting");

        // Twenty-four targets while voting: the list pages itself rather than run off the screen.
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        var review = await sitting.OpenAsync(new("区人大代表述职评议", Kind: BallotKind.Appraisal, Scale: AppraisalScales.Satisfaction,
            Items: [.. Enumerable.Range(1, 24).Select(i => new NewItem($"区人大代表第{i}位", Group: "汉滨区人大代表"))]));
        foreach (var page in screens.Pages)
        {
            await Expect(page.Locator(".voting h2")).ToHaveTextAsync(review.Title);
            var shown = new HashSet<string>();
            foreach (var view in await BigScreens.ReadEveryPageAsync(page, ".items li"))
            {
                Assert.Empty(view.Hidden);
                Assert.False(view.Overflows, $"{view.Indicator}: the list overflows the screen");
                shown.UnionWith(view.Rows);
            }
            Assert.Equal(24, shown.Count);
        }
        await screens.ScreenshotAsync("voting-review");

        // Two ballots at once: each with its time and progress, the quorum once for the hall.
        var motion = await sitting.OpenAsync(new("关于通过本次会议议程的决定", Kind: BallotKind.Motion));
        foreach (var page in screens.Pages)
        {
            await Expect(page.Locator(".voting-strip .voting")).ToHaveCountAsync(2);
            await Expect(page.Locator($".voting[data-ballot='{motion.Id}'] [data-role=progress]")).ToHaveTextAsync("已投 0 / 应投 7");
            await Expect(page.Locator($".voting[data-ballot='{review.Id}'] [data-role=elapsed]")).ToHaveTextAsync(ElapsedPastZero());
            await Expect(page.Locator("[data-role=quorum]")).ToHaveCountAsync(1);
        }
        await screens.ScreenshotAsync("voting-two");
        browser.AssertNoScriptErrors();
    }

    [GeneratedRegex("^(?!00:00$)([0-9]{2}:[0-9]{2}|[0-9]+:[0-9]{2}:[0-9]{2})$")]
    private static partial Regex ElapsedPastZero();
}
