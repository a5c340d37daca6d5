using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Connections;

/// <summary>
/// Guessing codes is limited per client address. In the hall each tablet has its own address, so the address that
/// guesses is the only one held back, its right codes included, until the minute is over.
/// </summary>
public sealed class FailedAttemptTests
{
    [Fact]
    public async Task AnAddressThatGuessesCodesIsRefusedWithoutCheckingWhileOthersSignIn()
    {
        await using var venue = await TestVenue.StartAsync(
            "--Connections:FailedAttemptsPerMinute=5", "--Connections:RefusalLogWindow=01:00:00");
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2);
        var good = sitting.Codes["D001"];
        using var guesser = FromAddress.Http(venue, FromAddress.Guesser);
        using var tablet = FromAddress.Http(venue, FromAddress.Tablets);

        for (var i = 0; i < 5; i++)
        {
            var guessed = await MeAsync(guesser, $"WRONG-{i:0000}");
            Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.CredentialUnknown), guessed);
        }
        Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.TooManyAttempts), await MeAsync(guesser, "WRONG-0005"));
        Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.TooManyAttempts), await MeAsync(guesser, good));

        Assert.Equal((HttpStatusCode.OK, null), await MeAsync(tablet, good));
        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.CredentialUnknown), await MeAsync(tablet, "WRONG-0006"));
        await using var signedIn = await venue.SignInAsync(sitting.Codes["D002"]);

        // One summary line per address and code, none per attempt.
        await venue.StopAsync();
        var log = VenueLogs.MainLines(venue);
        Assert.Equal((5, 1), VenueLogs.Refused(log, "127.0.0.3", ErrorCodes.CredentialUnknown));
        Assert.Equal((2, 1), VenueLogs.Refused(log, "127.0.0.3", ErrorCodes.TooManyAttempts));
        Assert.Equal((1, 1), VenueLogs.Refused(log, "127.0.0.1", ErrorCodes.CredentialUnknown));
        Assert.DoesNotContain(log, l => l.TryGetProperty("StatusCode", out var status) && status.GetInt32() is 401 or 429);
    }

    private static async Task<(HttpStatusCode Status, string? Code)> MeAsync(HttpClient client, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", code);
        using var response = await client.SendAsync(request);
        if (response.IsSuccessStatusCode) return (response.StatusCode, null);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, problem.GetProperty("code").GetString());
    }
}
