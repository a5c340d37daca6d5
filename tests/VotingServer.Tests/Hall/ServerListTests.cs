using System.Net.Http.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Hall;

/// <summary>GET /api/servers, and what lets a page loaded from one server of the hall talk to another: CORS and connect-src.</summary>
public sealed class ServerListTests
{
    private const string Other = "https://10.0.0.3:5443";

    [Fact]
    public async Task AServerWithoutAListAnswersWithItselfAsReached()
    {
        await using var venue = await TestVenue.StartAsync();
        using var http = venue.Http();
        var list = await http.GetFromJsonAsync<ServerListView>("/api/servers");
        Assert.Equal([venue.Url.ToString().TrimEnd('/')], list!.Servers);
    }

    [Fact]
    public async Task TheConfiguredServersComeInOrderAndOnlyTheirOriginsMayCallAcross()
    {
        var port = Attacks.ChildVenue.FreePort();
        var own = $"https://127.0.0.1:{port}";
        await using var venue = await TestVenue.StartAsync(
            $"--urls=https://127.0.0.1:{port};http://127.0.0.1:{Attacks.ChildVenue.FreePort()}",
            $"--Venue:Servers:0={Other}/", $"--Venue:Servers:1={own}");
        using var http = venue.Http();
        using var answer = await http.GetAsync("/api/servers");
        Assert.Equal([Other, own], (await answer.Content.ReadFromJsonAsync<ServerListView>())!.Servers);
        Assert.Contains($"connect-src 'self' {Other} wss://10.0.0.3:5443 {own} wss://127.0.0.1:{port};",
            answer.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        // A tablet page from the other server asks for the ballots with its credential as a bearer token.
        Assert.Equal(Other, await PreflightAsync(http, Other));
        Assert.Null(await PreflightAsync(http, "https://evil.example"));
    }

    private static async Task<string?> PreflightAsync(HttpClient http, string origin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/sittings/1/ballots");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var answer = await http.SendAsync(preflight);
        if (!answer.Headers.TryGetValues("Access-Control-Allow-Origin", out var allowed)) return null;
        Assert.Contains("authorization", answer.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        return allowed.Single();
    }
}
