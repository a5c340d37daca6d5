using Microsoft.Playwright;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// The pages of one test: each opened in its own browser context (its own sessionStorage, as a separate tab of a
/// separate person) at 1920×1080 on the test's venue over HTTPS. Script errors and content security policy
/// violations on any page fail the test.
/// </summary>
public sealed class StaffBrowser(IBrowser browser, TestVenue venue) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> scriptErrors = [];

    public static string ScreenshotFolder => Artifacts.Folder("screenshots", "staff");

    public async Task<IPage> OpenAsync(string path, int width = 1920, int height = 1080)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = venue.Url.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN",
            // The venue CA is not installed in the test browser; the C# clients check the chain, the pages need not.
            IgnoreHTTPSErrors = true,
        });
        // Every page of the context, popups such as the credential sheet too: anything the policy blocks fails the test.
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy")) scriptErrors.Add(message.Text);
        };
        context.SetDefaultTimeout(ChromiumFixture.Timeout);
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => scriptErrors.Add($"{page.Url}: {error}");
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Types the credential code into a staff page's sign-in form.</summary>
    public static async Task SignInAsync(IPage page, string code)
    {
        await page.GetByLabel("凭证码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    /// <summary>Signs in and waits until the page shows who is signed in (its 「退出」 button).</summary>
    public static async Task SignInAsAsync(IPage page, string code)
    {
        await SignInAsync(page, code);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
    }

    /// <summary>A hash or key fingerprint as the pages show it: its first 16 hex digits in groups of four.</summary>
    public static string ShortHex(string hex) => PeoplesCongress.Tally.Records.RecordSignatures.ShortFingerprint(hex);

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}.png") });

    /// <summary>
    /// Presses a button with the Enter key, for the secretariat's roster, whose rows live pushes draw again (keeping
    /// every button in its column and the focus on the same button): a mouse click that lands during a redraw can be
    /// lost between mousedown and mouseup, a key press on the focused button cannot. The presidium's console updates
    /// its controls in place and is clicked with the mouse.
    /// </summary>
    public static Task PressButtonAsync(ILocator scope, string name) =>
        scope.GetByRole(AriaRole.Button, new() { Name = name }).PressAsync("Enter");

    public static Task OpenTabAsync(IPage page, string name) => page.GetByRole(AriaRole.Tab, new() { Name = name }).ClickAsync();

    public static ILocator Region(IPage page, string name) => page.GetByRole(AriaRole.Region, new() { Name = name });

    public void AssertNoScriptErrors() => Assert.Empty(scriptErrors);

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
    }
}
