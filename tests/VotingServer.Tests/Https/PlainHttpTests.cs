using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Https;

/// <summary>Plain HTTP serves the CA pages alone: staff pages, the API and the hub are on HTTPS only.</summary>
public sealed class PlainHttpTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheCaPagesAreServedOverPlainHttp()
    {
        using var http = Plain();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("ca")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("ca.crt")).StatusCode);
    }

    [Theory]
    [InlineData("staff/secretariat.html")]
    [InlineData("tablet/")]
    [InlineData("api/sittings?x=1")]
    [InlineData("hubs/venue")]
    [InlineData("notices")]
    public async Task AGetOverPlainHttpIsRedirectedToTheSamePathOverHttps(string path)
    {
        using var http = Plain();
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri(venue.Url, path), response.Headers.Location);
    }

    [Theory]
    [InlineData("api/sittings")]
    [InlineData("hubs/venue/negotiate?negotiateVersion=1")]
    public async Task AnythingButAGetOverPlainHttpIsRefusedWithHttpsRequired(string path)
    {
        using var http = Plain();
        http.DefaultRequestHeaders.Authorization = new("Bearer", venue.BootstrapCode);
        var before = (await venue.Api(venue.BootstrapCode!).SittingsAsync()).Count;

        using var response = await http.PostAsJsonAsync(path, new CreateSittingRequest("明文会议"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ErrorCodes.HttpsRequired, problem.GetProperty("code").GetString());
        Assert.Contains(new Uri(venue.Url, path).GetLeftPart(UriPartial.Path), problem.GetProperty("title").GetString());
        Assert.Equal(before, (await venue.Api(venue.BootstrapCode!).SittingsAsync()).Count);
    }

    [Fact]
    public async Task TheCaPageNamesTheServersOwnAddressesWhateverTheHostHeaderSays()
    {
        using var http = Plain();
        using var request = new HttpRequestMessage(HttpMethod.Get, "ca") { Headers = { Host = "attacker.example:5080" } };
        using var response = await http.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("attacker.example", page);
        Assert.Contains($"http://{venue.HttpUrl.Authority}/ca.crt", page);
        Assert.Contains($"https://{venue.Url.Authority}/tablet/", page);
    }

    [Fact]
    public async Task WithRedirectHttpOffPlainHttpServesEverything()
    {
        await using var proxied = await TestVenue.StartAsync("--Https:RedirectHttp=false");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = proxied.HttpUrl };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("staff/secretariat.html")).StatusCode);
        http.DefaultRequestHeaders.Authorization = new("Bearer", proxied.BootstrapCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("api/sittings", new CreateSittingRequest("代理后的会议"))).StatusCode);
    }

    private HttpClient Plain() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = venue.HttpUrl };
}
