using Microsoft.Playwright;

namespace PeoplesCongress.VoterClient.Tests.Browser;

/// <summary>One browser for the tablet tests; each test opens its own tablets (browser contexts) in it.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    protected virtual string[] Arguments => [];

    public virtual async Task InitializeAsync() => (playwright, Browser) = await Chromium.LaunchAsync(Arguments);

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
