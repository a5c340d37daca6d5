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

    /// <summary>
    /// How long any wait of a page may take, in milliseconds. Generous: on a loaded machine a page can need many
    /// seconds for what takes milliseconds on a quiet one (and a tablet waits up to 15 s between reconnection
    /// attempts), while a passing wait returns as soon as its state is reached.
    /// </summary>
    public const float Timeout = 60_000;

    static Chromium() => Assertions.SetDefaultExpectTimeout(Timeout);

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
