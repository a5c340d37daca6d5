using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.Voting;

/// <summary>The screen itself keeps a ballot well formed: no more than N marks, and a mark on every item.</summary>
[Collection(TabletCollection.Name)]
public sealed class MarkingTests(BrowserFixture fixture, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task SelectionScreenRefusesAFourthMarkOfThreePlaces()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url);
        await tablet.SignInAsync(sitting);
        var ballot = await sitting.OpenSelectionAsync();
        var names = ballot.Items.Select(i => i.Name).ToList();

        await tablet.StartBallotAsync(ballot.Title);
        foreach (var name in names.Take(3)) await tablet.Project(name).CheckAsync();
        await tablet.Project(names[3]).ClickAsync();

        await Expect(tablet.Project(names[3])).Not.ToBeCheckedAsync();
        await Expect(tablet.Page.GetByText("已选 3 / 3")).ToBeVisibleAsync();
        await Expect(tablet.Alert).ToContainTextAsync("最多只能选择3个项目");
        await tablet.ScreenshotAsync("04-ballot-project-selection-full");

        // Changing one's mind: unmark one, and the fourth can be marked.
        await tablet.Project(names[0]).UncheckAsync();
        await tablet.Project(names[3]).CheckAsync();
        await tablet.ReviewAndSubmitAsync();
        await tablet.ExpectHeadingAsync("已提交");
        var result = await sitting.CloseAsync(ballot);
        Assert.Equal([0, 1, 1, 1, 0], result.Items.Select(i => i.Votes));
    }

    [Fact]
    public async Task PerItemBallotAsksForAMarkOnEveryItemBeforeTheReview()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url);
        await tablet.SignInAsync(sitting);
        var ballot = await sitting.OpenAsync(TabletSitting.Approval);

        await tablet.StartBallotAsync(ballot.Title);
        await tablet.ChooseAsync(ballot.Items[0].Name, "赞成");
        await tablet.Button("下一步：核对选票").ClickAsync();

        await Expect(tablet.Alert).ToHaveTextAsync($"还有2项未选择：{ballot.Items[1].Name}、{ballot.Items[2].Name}。每一项都需要作出选择。");
        await tablet.ExpectHeadingAsync(ballot.Title);
        await tablet.ScreenshotAsync("04-ballot-project-approval-unmarked");
        await tablet.ChooseAsync(ballot.Items[1].Name, "弃权");
        await tablet.ChooseAsync(ballot.Items[2].Name, "反对");
        await tablet.ReviewAndSubmitAsync();
        await tablet.ExpectHeadingAsync("已提交");
    }

    [Fact]
    public async Task MotionIsVotedWithTheKeyboardAlone()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url);
        await tablet.TabToAsync(tablet.CodeBox);
        await tablet.Page.Keyboard.TypeAsync(sitting.Code);
        await tablet.Page.Keyboard.PressAsync("Enter");
        await tablet.ExpectSignedInAsync(TabletSitting.Name, TabletSitting.Number);
        var motion = await sitting.OpenAsync(TabletSitting.Motion);
        await Expect(tablet.BallotCard(motion.Title)).ToBeVisibleAsync();

        await tablet.TabToAsync(tablet.BallotCard(motion.Title).GetByRole(AriaRole.Button, new() { Name = "开始表决" }));
        await tablet.Page.Keyboard.PressAsync("Enter");
        await tablet.ExpectHeadingAsync(motion.Title);
        await tablet.TabToAsync(tablet.Page.GetByRole(AriaRole.Radio, new() { Name = "赞成" }));
        await tablet.Page.Keyboard.PressAsync("ArrowRight");
        var against = tablet.Page.GetByRole(AriaRole.Radio, new() { Name = "反对" });
        await Expect(against).ToBeCheckedAsync();
        await Expect(against).ToBeFocusedAsync();
        Assert.Equal("solid", await against.EvaluateAsync<string>("e => getComputedStyle(e.closest('label')).outlineStyle"));
        await tablet.ScreenshotAsync("13-keyboard-focus");

        await tablet.TabToAsync(tablet.Button("下一步：核对选票"));
        await tablet.Page.Keyboard.PressAsync("Enter");
        await tablet.ExpectHeadingAsync("核对选票");
        await tablet.TabToAsync(tablet.Button("确认提交"));
        await tablet.Page.Keyboard.PressAsync("Enter");
        await tablet.ExpectHeadingAsync("已提交");
        var result = await sitting.CloseAsync(motion);
        Assert.Equal([(ChoiceOption.For, 0), (ChoiceOption.Against, 1), (ChoiceOption.Abstain, 0)], result.Items[0].Counts.Select(c => (c.Option, c.Count)));
    }
}
