using Microsoft.Playwright;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// One headless Debian Chromium for the staff-page tests, driven by Playwright. No browser is ever downloaded: the
/// tests use the system's /usr/bin/chromium (.ci/run installs it with the CJK font the pages need).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// How long any wait of a page may take, in milliseconds. Generous: on a loaded machine a page can need many
    /// seconds for what takes milliseconds on a quiet one, and a passing wait returns as soon as its state is reached.
    /// </summary>
    public const float Timeout = 60_000;

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium fonts-wqy-microhei (see .ci/run).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Assertions.SetDefaultExpectTimeout(Timeout);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
    }
}
