using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Errors;

/// <summary>A refusal as it arrives over HTTP: the status and the problem's code and Chinese title.</summary>
public sealed record Refusal(int Status, string? Code, string? Title);

/// <summary>Requests the typed client would never send (nulls in lists, huge bodies), sent as raw HTTP.</summary>
public static class RawRequests
{
    public static Task<Refusal> PostJsonAsync(TestVenue venue, string path, string json) =>
        SendAsync(venue, HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<Refusal> SendAsync(TestVenue venue, HttpMethod method, string path, HttpContent content)
    {
        using var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", venue.BootstrapCode);
        // The body waits for the server's 100 Continue, so a body refused for its size is never sent at all: sending
        // it would race the server closing the connection after its 413.
        using var request = new HttpRequestMessage(method, path) { Content = content, Headers = { ExpectContinue = true } };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return new((int)response.StatusCode, null, text);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        return new((int)response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString());
    }
}
