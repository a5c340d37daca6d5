using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;

namespace PeoplesCongress.VoterClient.Tests.Voting;

/// <summary>
/// Tabbing through a ballot, the focused option is never under the sticky 返回会议/下一步 bar or the header: at
/// 1280×800, and at 200 % zoom (the same page in a 640×400 viewport).
/// </summary>
[Collection(TabletCollection.Name)]
public sealed class KeyboardFocusTests(BrowserFixture fixture, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    public static TheoryData<int, int, string> Cases => new()
    {
        { 1280, 800, "satisfaction" }, { 640, 400, "satisfaction" }, { 1280, 800, "project-selection" }, { 640, 400, "project-selection" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryFocusedControlOfABallotStaysClearOfTheStickyBars(int width, int height, string kind)
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, size: new ViewportSize { Width = width, Height = height });
        await tablet.SignInAsync(sitting);
        var ballot = kind == "satisfaction" ? await sitting.OpenAsync(TabletSitting.Satisfaction) : await sitting.OpenSelectionAsync();
        await tablet.StartBallotAsync(ballot.Title);
        await tablet.ExpectHeadingAsync(ballot.Title);

        var next = tablet.Button("下一步：核对选票");
        var stops = 0;
        for (; stops < 40; stops++)
        {
            await tablet.Page.Keyboard.PressAsync("Tab");
            // Two frames: the browser's own scrolling into view, then the page's correction.
            await tablet.Page.EvaluateAsync("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
            var covered = await tablet.Page.EvaluateAsync<string?>(Bars.FocusCovered);
            Assert.True(covered is null, $"{width}x{height} stop {stops + 1}: {covered}");
            if (await next.EvaluateAsync<bool>("e => e === document.activeElement")) break;
        }
        Assert.InRange(stops, ballot.Items.Count, 39);
        await tablet.ScreenshotAsync($"{width}x{height}/13-keyboard-{kind}-last-stop");
    }
}
