using Microsoft.Playwright;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.Browser;

/// <summary>A deputy's tablet: its own browser context (so its own localStorage), at 1280×800 unless a phone's size is
/// given, driven as a person would.</summary>
public sealed class Tablet(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; } = page;

    public static readonly ViewportSize Landscape = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>Opens the tablet app, or another page of it (<paramref name="path"/>, such as the phone page between sittings).</summary>
    public static async Task<Tablet> OpenAsync(
        IBrowser browser, Uri server, Func<IPage, Task>? beforeLoad = null, ViewportSize? size = null, string path = "/tablet/")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.ToString(),
            ViewportSize = size ?? Landscape,
            Locale = "zh-CN",
            // The venue CA is not installed in the test browser; the C# clients check the chain, the pages need not.
            IgnoreHTTPSErrors = true,
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        var page = await context.NewPageAsync();
        if (beforeLoad is not null) await beforeLoad(page);
        await page.GotoAsync(path);
        return new Tablet(context, page);
    }

    public ILocator Heading(string text) => Page.GetByRole(AriaRole.Heading, new() { Name = text, Level = 1 });

    public Task ExpectHeadingAsync(string text) => Expect(Heading(text)).ToBeVisibleAsync();

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>The box for the printed code, labelled 「或手动输入凭证码」 beside a camera and 「凭证码」 without one.</summary>
    public ILocator CodeBox => Page.GetByLabel("凭证码");

    public ILocator Alert => Page.GetByRole(AriaRole.Alert).Filter(new() { Visible = true });

    public async Task SignInByCodeAsync(string code)
    {
        await CodeBox.FillAsync(code);
        await Button("签到").ClickAsync();
    }

    /// <summary>Signs in as the sitting's tablet deputy (测试001) with the deputy's code, and waits for 「签到成功」.</summary>
    public async Task SignInAsync(TabletSitting sitting)
    {
        await SignInByCodeAsync(sitting.Code);
        await ExpectSignedInAsync(TabletSitting.Name, TabletSitting.Number);
    }

    public async Task ExpectSignedInAsync(string name, string number)
    {
        await Expect(Page.GetByText("签到成功", new() { Exact = true }).First).ToBeVisibleAsync();
        await Expect(Page.Locator(".signed-in")).ToContainTextAsync(name);
        await Expect(Page.Locator(".signed-in")).ToContainTextAsync(number);
    }

    public ILocator BallotCard(string title) =>
        Page.Locator("article.ballot-card", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    public Task StartBallotAsync(string title) => BallotCard(title).GetByRole(AriaRole.Button, new() { Name = "开始表决" }).ClickAsync();

    public ILocator Project(string name) => Page.GetByRole(AriaRole.Checkbox, new() { Name = name });

    /// <summary>Chooses an option on one item of a per-item ballot, by tapping its label as a finger would.</summary>
    public async Task ChooseAsync(string item, string option)
    {
        var fieldset = Page.Locator("fieldset", new() { Has = Page.Locator("legend", new() { HasText = item }) });
        await fieldset.GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(fieldset.GetByRole(AriaRole.Radio, new() { Name = option, Exact = true })).ToBeCheckedAsync();
    }

    public async Task ReviewAndSubmitAsync(string? screenshot = null)
    {
        await Button("下一步：核对选票").ClickAsync();
        await ExpectHeadingAsync("核对选票");
        if (screenshot is not null) await ScreenshotAsync(screenshot);
        await Button("确认提交").ClickAsync();
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as someone without a mouse would.</summary>
    public async Task TabToAsync(ILocator target)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
        }
        Assert.Fail($"Tab never reached {target}");
    }

    /// <summary>Saves the screen for a person to look at, once it has kept the app's size promises.</summary>
    public async Task ScreenshotAsync(string screen, bool fullPage = false)
    {
        await TouchScreen.AssertReadableAndTouchableAsync(Page);
        var path = Screenshots.PathFor(screen);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
