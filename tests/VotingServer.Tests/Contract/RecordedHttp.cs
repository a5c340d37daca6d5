using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>HTTP calls whose JSON bodies, sent and received, are kept as they were on the wire.</summary>
public sealed class RecordedHttp(TestVenue venue)
{
    public async Task<(int Status, JsonNode Body)> SendAsync(string code, HttpMethod method, string path, JsonNode? body = null)
    {
        using var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", code);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
