using Microsoft.Playwright;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>Every page works under the server's content security policy, and plain HTTP leads a browser to HTTPS.</summary>
[Collection(StaffPagesCollection.Name)]
public sealed class ContentSecurityPolicyTests(ChromiumFixture chromium, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task EveryPageLoadsWithoutAPolicyViolationOrScriptError()
    {
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        foreach (var path in new[]
        {
            "/", "/staff/", "/staff/secretariat.html", "/staff/presidium.html", "/staff/scrutineer.html", "/screen/",
            "/tablet/", "/notices", "/ca", "/staff/term.html", "/staff/department.html", "/tablet/phone.html", "/projects/",
            "/projects/propose.html",
        })
        {
            var page = await pages.OpenAsync(path);
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.StartsWith(venue.Url.ToString(), page.Url);
        }
        pages.AssertNoScriptErrors();
    }

    [Fact]
    public async Task AStaffPageAskedForOverPlainHttpOpensOverHttps()
    {
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var page = await pages.OpenAsync(new Uri(venue.HttpUrl, "/staff/secretariat.html").ToString());

        Assert.Equal(new Uri(venue.Url, "/staff/secretariat.html").ToString(), page.Url);
        await Microsoft.Playwright.Assertions.Expect(page.GetByLabel("凭证码")).ToBeVisibleAsync();
        pages.AssertNoScriptErrors();
    }
}
