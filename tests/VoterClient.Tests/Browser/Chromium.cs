using Microsoft.Playwright;

namespace PeoplesCongress.VoterClient.Tests.Browser;

/// <summary>Debian's Chromium (installed by .ci/run), never a downloaded browser, headless and quiet.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Quiet =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    static Chromium() => Assertions.SetDefaultExpectTimeout(20_000);

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(params string[] args)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. Quiet, .. args],
        });
        return (playwright, browser);
    }

    /// <summary>A camera that shows <paramref name="y4mPath"/>, granted without asking.</summary>
    public static string[] FakeCamera(string y4mPath) =>
        ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={y4mPath}"];
}
