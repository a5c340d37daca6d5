using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>The console at a chair's laptop, 1366×768: what must lie in its first screen, and its screenshots.</summary>
public static class PresidiumScreens
{
    public const int Width = 1366, Height = 768;

    /// <summary>The element lies wholly inside the first screen: the page is not scrolled and its box is in the viewport.</summary>
    public static async Task AssertInFirstViewportAsync(IPage page, ILocator locator)
    {
        await Expect(locator).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        var viewport = page.ViewportSize!;
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height,
            $"{locator} lies at ({box.X}, {box.Y}) size {box.Width}×{box.Height}, outside the first screen {viewport.Width}×{viewport.Height}.");
    }

    /// <summary>Saves the page at the chair's laptop size and at 1920×1080, and returns to 1366×768.</summary>
    public static async Task ScreenshotBothSizesAsync(IPage page, string name)
    {
        await ScreenshotAsync(page, $"{name}-1366");
        await page.SetViewportSizeAsync(1920, 1080);
        await ScreenshotAsync(page, $"{name}-1920");
        await page.SetViewportSizeAsync(Width, Height);
    }
}
