using System.Net.Http.Headers;
using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>Requests sent byte for byte as an attacker would, answered with the status and the ProblemDetails code.</summary>
public sealed class RawHttp(TestVenue venue) : IDisposable
{
    private readonly HttpClient http = CreateClient(venue);

    /// <summary>
    /// Trusting the venue CA, and waiting long for 100 Continue: on a busy machine the default second can pass, and a
    /// huge body then races the server's refusal of it.
    /// </summary>
    private static HttpClient CreateClient(TestVenue venue)
    {
        var handler = venue.Trust.CreateHandler();
        handler.Expect100ContinueTimeout = TimeSpan.FromMinutes(1);
        return new HttpClient(handler) { BaseAddress = venue.Url, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The status given for a connection the server closed on an oversized body.</summary>
    public const int Closed = 0;

    public async Task<(int Status, string? Code)> SendAsync(
        HttpMethod method, string path, string? credential, HttpContent? body = null)
    {
        // A body waits for the server's 100 Continue: one refused for its size is then never sent, instead of racing
        // the server closing the connection after its 413.
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = body, Headers = { ExpectContinue = body is not null } };
        if (credential is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException closed) when (closed.InnerException is IOException && body?.Headers.ContentLength > Limits.JsonBodyBytes)
        {
            // The server may refuse a body over its limit by closing the connection while it is still being sent.
            return (Closed, null);
        }
        using var _ = response;
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
