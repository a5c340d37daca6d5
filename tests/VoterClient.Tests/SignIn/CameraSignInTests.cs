using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.SignIn;

/// <summary>A deputy signs in by holding the credential to the tablet camera, then votes on a ballot of every kind.</summary>
[Collection(TabletCollection.Name)]
public sealed class CameraSignInTests(CameraFixture fixture) : IClassFixture<CameraFixture>
{
    [Fact]
    public async Task DeputySignsInByCameraVotesOnEveryKindAndSeesEachResult()
    {
        var sitting = fixture.Sitting;
        // The answer to GET /api/me waits until the camera screen is on record, so the screenshot shows it.
        var photographed = new TaskCompletionSource();
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, fixture.Venue.Url, page => page.RouteAsync("**/api/me", async route =>
        {
            await photographed.Task;
            await route.ContinueAsync();
        }));
        await Expect(tablet.Page.GetByText("正在核对凭证…")).ToBeVisibleAsync();
        await tablet.ScreenshotAsync("01-sign-in-camera");
        photographed.SetResult();

        await tablet.ExpectSignedInAsync(TabletSitting.Name, TabletSitting.Number);
        await tablet.ScreenshotAsync("02-waiting");

        BallotView[] ballots =
        [
            await sitting.OpenSelectionAsync(), await sitting.OpenAsync(TabletSitting.Approval), await sitting.OpenAsync(TabletSitting.Satisfaction),
            await sitting.OpenAsync(TabletSitting.Appraisal), await sitting.OpenAsync(TabletSitting.Motion),
        ];
        foreach (var ballot in ballots) await Expect(tablet.BallotCard(ballot.Title)).ToBeVisibleAsync();
        await tablet.ScreenshotAsync("03-waiting-ballots-open");

        await VoteAsync(tablet, ballots[0], async () =>
        {
            foreach (var project in ballots[0].Items.Take(3)) await tablet.Project(project.Name).CheckAsync();
            await Expect(tablet.Page.GetByText("已选 3 / 3")).ToBeVisibleAsync();
        });
        await VoteAsync(tablet, ballots[1], async () =>
        {
            foreach (var (item, option) in ballots[1].Items.Zip(["赞成", "反对", "弃权"])) await tablet.ChooseAsync(item.Name, option);
        });
        await VoteAsync(tablet, ballots[2], async () =>
        {
            foreach (var (item, option) in ballots[2].Items.Zip(["满意", "基本满意", "不了解"])) await tablet.ChooseAsync(item.Name, option);
        });
        await VoteAsync(tablet, ballots[3], async () =>
        {
            foreach (var (item, option) in ballots[3].Items.Zip(["称职", "不称职"])) await tablet.ChooseAsync(item.Name, option);
        });
        await VoteAsync(tablet, ballots[4], () => tablet.ChooseAsync(ballots[4].Title, "反对"));
        foreach (var ballot in ballots) await Expect(tablet.BallotCard(ballot.Title)).ToContainTextAsync("已提交");
        await Expect(tablet.Button("开始表决")).ToHaveCountAsync(0);
        await tablet.ScreenshotAsync("09-waiting-all-submitted");

        foreach (var ballot in ballots) await sitting.OthersVoteAsync(ballot);
        var results = new List<BallotResultView>();
        foreach (var ballot in ballots)
        {
            var result = await sitting.CloseAsync(ballot);
            results.Add(result);
            await tablet.ExpectHeadingAsync(ballot.Title);
            await Expect(tablet.Page.Locator(".announcement")).ToHaveTextAsync(result.Announcement);
            await Expect(tablet.Page.Locator(".figures").First).ToContainTextAsync("收回5张");
            await tablet.ScreenshotAsync($"10-result-{ballot.Kind.Wire()}");
            await tablet.Button("返回会议").ClickAsync();
        }

        // The tablet's own choices are in the counts: the others chose the first project, or the first option everywhere.
        Assert.Equal([5, 1, 1, 0, 0], results[0].Items.Select(i => i.Votes ?? -1));
        Assert.Equal([(5, 0, 0), (4, 1, 0), (4, 0, 1)], results[1].Items.Select(i => (Count(i, "for"), Count(i, "against"), Count(i, "abstain"))));
        Assert.Equal([(5, 0, 0), (4, 1, 0), (4, 0, 0)], results[2].Items.Select(i => (Count(i, "satisfied"), Count(i, "basically-satisfied"), Count(i, "dissatisfied"))));
        Assert.Equal(1, Count(results[2].Items[2], "unknown"));
        Assert.Equal([(4, 1, 0), (4, 0, 1)], results[3].Items.Select(i => (Count(i, "excellent"), Count(i, "competent"), Count(i, "incompetent"))));
        Assert.Equal((4, 1, true), (Count(results[4].Items[0], "for"), Count(results[4].Items[0], "against"), results[4].Passed!.Value));
        Assert.All(results, r => Assert.Equal((5, 5), (r.Issued, r.Returned)));
    }

    private static async Task VoteAsync(Tablet tablet, BallotView ballot, Func<Task> mark)
    {
        await tablet.StartBallotAsync(ballot.Title);
        await tablet.ExpectHeadingAsync(ballot.Title);
        await mark();
        await tablet.ScreenshotAsync($"04-ballot-{ballot.Kind.Wire()}");
        await tablet.ReviewAndSubmitAsync($"05-review-{ballot.Kind.Wire()}");
        await tablet.ExpectHeadingAsync("已提交");
        await tablet.ScreenshotAsync("06-submitted");
        await tablet.Button("返回会议").ClickAsync();
        await Expect(tablet.BallotCard(ballot.Title)).ToContainTextAsync("已提交");
    }

    private static int Count(ItemResultView item, string option) => item.Counts.Single(c => c.Option.Wire() == option).Count;
}
