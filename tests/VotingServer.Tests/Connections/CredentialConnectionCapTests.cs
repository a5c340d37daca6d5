using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Connections;

public sealed class CredentialConnectionCapTests
{
    private const string TooManyConnectionsMessage = "此设备或此凭证的连接数已达上限，请关闭多余的页面或设备后重试。";

    [Fact]
    public async Task OneDeputyCodeCannotHoldMoreHubConnectionsThanItsShare()
    {
        await using var venue = await TestVenue.StartAsync("--Connections:RefusalLogWindow=01:00:00");
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2);
        var (code, other) = (sitting.Codes["D001"], sitting.Codes["D002"]);
        var firstEnded = ConnectionLimitTests.FirstHubConnectionEnded(venue);
        var held = new List<VenueConnection>();
        try
        {
            // The default share: the tablet, the tablet reconnecting, and one more.
            for (var i = 0; i < 3; i++) held.Add(await venue.SignInAsync(code));

            using var http = venue.Http();
            using var refused = await http.GetAsync($"hubs/venue?access_token={code}");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(ErrorCodes.TooManyConnections, problem.GetProperty("code").GetString());
            Assert.Equal(TooManyConnectionsMessage, problem.GetProperty("title").GetString());
            var failed = await Assert.ThrowsAsync<WebSocketException>(() => venue.SignInAsync(code));
            Assert.Contains("429", failed.Message);

            await using var another = await venue.SignInAsync(other);
            Assert.Equal(2, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Present);

            await held[0].DisposeAsync();
            held.RemoveAt(0);
            await firstEnded;
            held.Add(await venue.SignInAsync(code));
        }
        finally
        {
            foreach (var connection in held) await connection.DisposeAsync();
        }

        await venue.StopAsync();
        Assert.Equal((2, 1), VenueLogs.Refused(VenueLogs.MainLines(venue), "127.0.0.1", ErrorCodes.TooManyConnections));
    }

    [Fact]
    public async Task OneAddressCannotHoldMoreHubConnectionsThanItsShare()
    {
        await using var venue = await TestVenue.StartAsync("--Connections:MaxHubConnectionsPerAddress=2");
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4);
        await using var first = await FromAddress.SignInAsync(venue, sitting.Codes["D001"], FromAddress.Laptop);
        await using var second = await FromAddress.SignInAsync(venue, sitting.Codes["D002"], FromAddress.Laptop);

        var failed = await Assert.ThrowsAsync<WebSocketException>(
            () => FromAddress.SignInAsync(venue, sitting.Codes["D003"], FromAddress.Laptop));
        Assert.Contains("429", failed.Message);

        await using var elsewhere = await FromAddress.SignInAsync(venue, sitting.Codes["D004"], FromAddress.Tablets);
        Assert.Equal(3, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Present);
    }
}
