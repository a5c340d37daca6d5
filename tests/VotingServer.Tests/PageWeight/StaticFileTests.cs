using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.PageWeight;

/// <summary>
/// Pages, modules and reads are compressed (Brotli or gzip) and cached by validator; the vendored libraries are
/// kept a day; an answer that carries a new credential code is never compressed (docs/security.md, BREACH).
/// </summary>
public sealed class StaticFileTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("tablet/", "text/html")]
    [InlineData("tablet/js/app.js", "text/javascript")]
    [InlineData("tablet/css/tablet.css", "text/css")]
    [InlineData("staff/presidium.html", "text/html")]
    [InlineData("js/controls.js", "text/javascript")]
    [InlineData("css/base.css", "text/css")]
    public async Task PagesModulesAndStylesAreCompressedAndRevalidatedBy304(string path, string type)
    {
        using var http = venue.Http();
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var first = await Get(http, path, encoding);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.StartsWith(type, first.Content.Headers.ContentType!.MediaType);
            Assert.Equal([encoding], first.Content.Headers.ContentEncoding);
            Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
            Assert.NotNull(first.Headers.ETag);
            Assert.NotNull(first.Content.Headers.LastModified);

            using var again = await Get(http, path, encoding, first.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("vendor/signalr.min.js")]
    [InlineData("tablet/vendor/jsQR.js")]
    public async Task TheVendoredLibrariesAreCompressedAndKeptADay(string path)
    {
        using var http = venue.Http();
        using var response = await Get(http, path, "br, gzip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl!.MaxAge);
        Assert.False(response.Headers.CacheControl.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task JsonReadsAreCompressedButAnIssuedCodeIsNot()
    {
        using var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new("Bearer", venue.BootstrapCode);
        using var read = await Get(http, "api/staff-credentials", "br");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(["br"], read.Content.Headers.ContentEncoding);

        using var issue = new HttpRequestMessage(HttpMethod.Post, "api/staff-credentials")
        {
            Content = JsonContent.Create(new CreateStaffCredentialRequest(Role.Presidium, "压缩测试")),
            Headers = { AcceptEncoding = { new("br"), new("gzip") } },
        };
        using var issued = await http.SendAsync(issue);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Empty(issued.Content.Headers.ContentEncoding);
        Assert.Contains("\"code\"", await issued.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> Get(HttpClient http, string path, string encoding, EntityTagHeaderValue? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        if (etag is not null) request.Headers.IfNoneMatch.Add(etag);
        return http.SendAsync(request);
    }
}
