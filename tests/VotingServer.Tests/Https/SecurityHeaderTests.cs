using System.Net;
using System.Net.Http.Headers;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Https;

/// <summary>Every kind of response carries the same protective headers; HSTS only over HTTPS.</summary>
public sealed class SecurityHeaderTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Theory]
    [InlineData("staff/secretariat.html", HttpStatusCode.OK)]
    [InlineData("screen/", HttpStatusCode.OK)]
    [InlineData("tablet/", HttpStatusCode.OK)]
    [InlineData("js/common/dom.js", HttpStatusCode.OK)]
    [InlineData("api/me", HttpStatusCode.OK)]
    [InlineData("api/sittings/999999", HttpStatusCode.NotFound)]
    [InlineData("no/such/page", HttpStatusCode.NotFound)]
    [InlineData("ca", HttpStatusCode.OK)]
    [InlineData("ca.crt", HttpStatusCode.OK)]
    [InlineData("notices", HttpStatusCode.OK)]
    public async Task EveryHttpsResponseCarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", venue.BootstrapCode);
        using var response = await http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertProtected(response);
        Assert.Equal("max-age=86400", Single(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("ca")]
    [InlineData("staff/")]
    public async Task PlainHttpResponsesCarryTheHeadersButNoHsts(string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = venue.HttpUrl };
        using var response = await http.GetAsync(path);

        AssertProtected(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertProtected(HttpResponseMessage response)
    {
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values
            : response.Content.Headers.TryGetValues(name, out var content) ? content : []);
}
