using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.SignIn;

/// <summary>Typing the printed code on a tablet or a phone without a camera: the screen asks only for the code, shows
/// all of it, and says what is wrong with a code of the wrong length before asking the server.</summary>
[Collection(TabletCollection.Name)]
public sealed class CodeEntryTests(BrowserFixture fixture, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    public static TheoryData<int, int> Sizes => new() { { 1280, 800 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task WithoutACameraTheScreenAsksForTheWholeCodeAndCountsItsCharacters(int width, int height)
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        var asked = 0;
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url, page => page.RouteAsync("**/api/me", route =>
        {
            Interlocked.Increment(ref asked);
            return route.ContinueAsync();
        }), new ViewportSize { Width = width, Height = height });

        await Expect(tablet.Page.GetByText("未找到可用的摄像头")).ToBeVisibleAsync();
        var subtitle = tablet.Page.Locator(".screen-heading .subtitle");
        await Expect(subtitle).ToHaveTextAsync("本机无法扫码，请输入代表证上印的凭证码");

        // The whole code as printed (groups of four) is in view in the box, nothing scrolled out of it.
        await tablet.CodeBox.FillAsync(sitting.Code);
        Assert.Equal(32, sitting.Code.Length);
        Assert.True(await tablet.CodeBox.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight"),
            "the code box scrolls");

        await tablet.CodeBox.FillAsync(sitting.Code[..^3]);
        await tablet.Button("签到").ClickAsync();
        await Expect(tablet.Alert).ToHaveTextAsync("凭证码应为26位（不计短横线），您输入了24位，请对照代表证核对。");
        await tablet.CodeBox.FillAsync(sitting.Code.Replace(sitting.Code[0], 'U'));
        await tablet.Button("签到").ClickAsync();
        await Expect(tablet.Alert).ToContainTextAsync("“U”不在其中");
        Assert.Equal(0, asked);

        await tablet.CodeBox.FillAsync(sitting.Code);
        await tablet.CodeBox.PressAsync("Enter");
        await tablet.ExpectSignedInAsync(TabletSitting.Name, TabletSitting.Number);
        // 「签到成功」 keeps its four characters on one line; the header keeps to two lines on a phone.
        var badge = tablet.Page.GetByText("签到成功", new() { Exact = true });
        Assert.True(await badge.EvaluateAsync<bool>("e => e.getClientRects().length === 1 && e.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(e).lineHeight)"));
        var header = tablet.Page.Locator(".topbar");
        Assert.InRange((await header.BoundingBoxAsync())!.Height, 0, width < 800 ? 100 : 80);
        // The header's longest words, those of a lost connection (as header.js shows them), fit as well.
        await tablet.Page.EvaluateAsync("() => { document.body.classList.add('offline'); document.getElementById('connection').textContent = '网络连接中断，正在重新连接…'; }");
        Assert.InRange((await header.BoundingBoxAsync())!.Height, 0, width < 800 ? 100 : 80);
    }
}
