using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// The hall's big screen opened twice, at the projector sizes the hall uses (1920×1080 and 1366×768), on the
/// viewer link of one sitting, turning result pages every second so that a test need not wait long.
/// </summary>
public sealed partial class BigScreens
{
    public static readonly (int Width, int Height)[] Sizes = [(1920, 1080), (1366, 768)];

    private BigScreens(IReadOnlyList<IPage> pages) => Pages = pages;

    /// <summary>One page per size, in the order of <see cref="Sizes"/>.</summary>
    public IReadOnlyList<IPage> Pages { get; }

    public static async Task<BigScreens> OpenAsync(StaffBrowser browser, SignedInSitting sitting)
    {
        var link = await sitting.Setup.Secretariat.CreateViewerLinkAsync(sitting.Setup.SittingId);
        var url = link.Path.Replace("/screen/#", "/screen/?pageSeconds=1#", StringComparison.Ordinal);
        var pages = new List<IPage>();
        foreach (var (width, height) in Sizes)
        {
            var page = await browser.OpenAsync(url, width, height);
            await Expect(page.Locator("h1.sitting")).ToHaveTextAsync("测试镇人民代表大会第一次会议");
            pages.Add(page);
        }
        return new BigScreens(pages);
    }

    /// <summary>Saves screen-{name}-1920 and screen-{name}-1366.</summary>
    public async Task ScreenshotAsync(string name)
    {
        foreach (var page in Pages) await StaffBrowser.ScreenshotAsync(page, $"screen-{name}-{page.ViewportSize!.Width}");
    }

    public async Task ExpectResultAsync(string title)
    {
        foreach (var page in Pages) await Expect(page.Locator(".result h2")).ToHaveTextAsync($"表决结果：{title}");
    }

    /// <summary>What one page of a result shows inside the viewport, read at one moment.</summary>
    public sealed record PageView(
        string Indicator, string[] Rows, string[] Hidden, string? Conclusion, double SmallestTableText, bool Overflows);

    /// <summary>
    /// Watches the result page by page, waiting for each indicator in turn, and returns every page as shown. A single
    /// page (no indicator) is returned alone.
    /// </summary>
    public static async Task<List<PageView>> ReadEveryPageAsync(IPage page, string rowSelector = ResultRows)
    {
        var first = await ReadWhenAsync(page, null, rowSelector);
        var match = IndicatorPattern().Match(first.Indicator);
        if (!match.Success) return [first];
        var total = int.Parse(match.Groups["total"].Value);
        var views = new List<PageView>();
        for (var number = 1; number <= total; number++) views.Add(await ReadWhenAsync(page, $"第{number}页／共{total}页", rowSelector));
        return views;
    }

    // Waits (on the page's own animation frames, no sleeps) until the indicator reads `indicator`, then measures
    // which rows lie wholly inside both the viewport and the screen body, and the conclusion, at that moment.
    private const string ResultRows = ".result-table tbody tr";

    private static async Task<PageView> ReadWhenAsync(IPage page, string? indicator, string rowSelector)
    {
        var handle = await page.WaitForFunctionAsync(
            """
            ([wanted, rowSelector]) => {
              const indicator = document.querySelector('[data-role=page-indicator]')?.textContent ?? '';
              if (wanted !== null && indicator !== wanted) return null;
              if (!document.querySelector(rowSelector)) return null;
              const body = document.querySelector('#screen-body').getBoundingClientRect();
              const inside = (element) => {
                const r = element.getBoundingClientRect();
                return r.height > 0 && r.top >= Math.max(0, body.top) - 0.5 && r.left >= 0 &&
                  r.bottom <= Math.min(innerHeight, body.bottom) + 0.5 && r.right <= innerWidth + 0.5;
              };
              const rows = [...document.querySelectorAll(rowSelector)];
              const name = (row) => (row.querySelector('th') ?? row.querySelector('.item-name') ?? row).textContent;
              const conclusion = document.querySelector('[data-role=announcement]');
              const cells = [...document.querySelectorAll('.result-table th, .result-table td')];
              const sizes = cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize));
              const screenBody = document.querySelector('#screen-body');
              return JSON.stringify({
                indicator,
                rows: rows.filter(inside).map(name),
                hidden: rows.filter((row) => !inside(row)).map(name),
                conclusion: conclusion && inside(conclusion) ? conclusion.textContent : null,
                smallestTableText: sizes.length ? Math.min(...sizes) : 0,
                overflows: screenBody.scrollHeight > screenBody.clientHeight + 1 || screenBody.scrollWidth > screenBody.clientWidth + 1,
              });
            }
            """,
            new object?[] { indicator, rowSelector },
            new() { Timeout = ChromiumFixture.Timeout });
        var json = await handle.JsonValueAsync<string>();
        var view = JsonSerializer.Deserialize<PageView>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return view;
    }

    [GeneratedRegex("^第[0-9]+页／共(?<total>[0-9]+)页$")]
    private static partial Regex IndicatorPattern();
}
