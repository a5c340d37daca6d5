using Microsoft.Playwright;
using Xunit;

namespace PeoplesCongress.TestSupport;

/// <summary>
/// The promises of the deputies' touch screens, the tablet app and the phone page: no text under 18px, and every
/// control at least 48px each way.
/// </summary>
public static class TouchScreen
{
    private const string Measure = """
        () => {
          const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
          const small = [...document.querySelectorAll("body *")]
            .filter((e) => visible(e) && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
            .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 18)
            .map((e) => `text ${e.tagName} "${e.textContent.trim().slice(0, 20)}" ${getComputedStyle(e).fontSize}`);
          const tiny = [...document.querySelectorAll("button, a, label.option, label.choice, input[type=text], input:not([type]), textarea")]
            .filter(visible)
            .filter((e) => { const r = e.getBoundingClientRect(); return r.width < 48 || r.height < 48; })
            .map((e) => `target ${e.tagName} "${e.textContent.trim().slice(0, 20)}" ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`);
          return [...small, ...tiny];
        }
        """;

    public static async Task AssertReadableAndTouchableAsync(IPage page) =>
        Assert.Empty(await page.EvaluateAsync<string[]>(Measure));
}
