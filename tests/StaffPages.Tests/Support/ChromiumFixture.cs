using Microsoft.Playwright;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// One headless Debian Chromium per test class, driven by Playwright. No browser is ever downloaded: the tests use
/// the system's /usr/bin/chromium (.ci/run installs it with the CJK font the pages need).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

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
        // Pushes are coalesced every 250 ms and a page may still be loading its modules: allow a busy 2-core machine time.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
    }
}
