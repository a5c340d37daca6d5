using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Errors;

public sealed class HttpErrorTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Theory]
    [InlineData("{\"name\": ", "application/json", 400)]
    [InlineData("{\"name\": \"会议\", \"quorumNumerator\": \"2\"}", "application/json", 400)]
    [InlineData("name=会议", "application/x-www-form-urlencoded", 415)]
    public async Task AnUnreadableBodyGetsAProblemWithACode(string body, string contentType, int status)
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sittings = (await secretariat.SittingsAsync()).Count;
        using var http = Client(venue, venue.BootstrapCode!);
        using var response = await http.PostAsync("api/sittings", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ErrorCodes.Invalid, problem.GetProperty("code").GetString());
        Assert.Contains("请求内容", problem.GetProperty("title").GetString());
        Assert.Equal(sittings, (await secretariat.SittingsAsync()).Count);
    }

    [Theory]
    [InlineData("\"referendum\"")]
    [InlineData("99")]
    public async Task ABallotOfNoKnownKindIsRefusedWithACodeAndNothingIsAdded(string kind)
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new CreateSittingRequest("类型测试会议"));
        using var http = Client(venue, venue.BootstrapCode!);
        using var response = await http.PostAsync($"api/sittings/{sitting.Id}/ballots",
            new StringContent($"{{\"title\": \"议案\", \"kind\": {kind}}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ErrorCodes.Invalid, problem.GetProperty("code").GetString());
        Assert.Matches("字段“kind”|表决类型“99”", problem.GetProperty("title").GetString());
        Assert.Empty(await secretariat.BallotsAsync(sitting.Id));
    }

    [Theory]
    [InlineData("\"chairman\"")]
    [InlineData("\"deputy\"")]
    [InlineData("\"viewer\"")]
    public async Task AStaffCredentialOfNoStaffRoleIsRefusedWithACodeAndNothingIsIssued(string role)
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var before = (await secretariat.StaffCredentialsAsync()).Count;
        using var http = Client(venue, venue.BootstrapCode!);
        using var response = await http.PostAsync("api/staff-credentials",
            new StringContent($"{{\"role\": {role}, \"name\": \"某人\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ErrorCodes.Invalid, problem.GetProperty("code").GetString());
        Assert.Matches("role|角色", problem.GetProperty("title").GetString());
        Assert.Equal(before, (await secretariat.StaffCredentialsAsync()).Count);
    }

    [Fact]
    public async Task AHubRequestWithAnEmptyTokenIsUnauthenticated()
    {
        using var http = venue.Http();
        using var response = await http.PostAsync("hubs/venue/negotiate?negotiateVersion=1&access_token=", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ErrorCodes.Unauthenticated, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static HttpClient Client(TestVenue venue, string code)
    {
        var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", code);
        return http;
    }
}
