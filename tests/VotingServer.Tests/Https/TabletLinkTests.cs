using System.Net;
using System.Text.RegularExpressions;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Https;

/// <summary>Every way to the tablet app leads over HTTPS: the camera, and the deputies' codes, need it.</summary>
public sealed partial class TabletLinkTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheFrontPageAskedForOverPlainHttpIsSentToHttpsWhereItsTabletLinkStays()
    {
        using var plain = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = venue.HttpUrl };
        using var redirected = await plain.GetAsync("/");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        var front = redirected.Headers.Location!;
        Assert.Equal(Uri.UriSchemeHttps, front.Scheme);

        using var https = venue.Http();
        var page = await https.GetStringAsync(front);
        var tablet = Assert.Single(Links(page), l => l.Contains("tablet", StringComparison.Ordinal));
        Assert.Equal(Uri.UriSchemeHttps, new Uri(front, tablet).Scheme);
    }

    [Fact]
    public async Task TheCaPageOverPlainHttpLinksTheTabletAppOverHttps()
    {
        using var plain = new HttpClient { BaseAddress = venue.HttpUrl };
        var page = await plain.GetStringAsync("/ca");
        var app = Assert.Single(UrlTexts().Matches(page).Select(m => m.Groups["url"].Value), u => u.EndsWith("/tablet/", StringComparison.Ordinal));
        Assert.StartsWith("https://", app);
        Assert.Equal(venue.Url.Port, new Uri(app).Port);
    }

    private static IEnumerable<string> Links(string html) => Hrefs().Matches(html).Select(m => m.Groups["href"].Value);

    [GeneratedRegex("href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex("class=\"url\">(?<url>[^<]+)<")]
    private static partial Regex UrlTexts();
}
