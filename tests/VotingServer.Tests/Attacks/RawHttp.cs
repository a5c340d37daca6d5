using System.Net.Http.Headers;
using System.Text.Json;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>Requests sent byte for byte as an attacker would, answered with the status and the ProblemDetails code.</summary>
public sealed class RawHttp(TestVenue venue) : IDisposable
{
    private readonly HttpClient http = CreateClient(venue);

    private static HttpClient CreateClient(TestVenue venue)
    {
        var client = venue.Http();
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    public async Task<(int Status, string? Code)> SendAsync(
        HttpMethod method, string path, string? credential, HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = body };
        if (credential is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        using var response = await http.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status < 400) return (status, null);
        return (status, CodeOf(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType));
    }

    private static string? CodeOf(byte[] body, MediaTypeHeaderValue? type)
    {
        if (type?.MediaType is not ("application/problem+json" or "application/json")) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => http.Dispose();
}
