using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Connections;

/// <summary>
/// A laptop on the hall network opens idle sockets and guesses codes while the deputies vote. The numbers are small
/// here; docs/performance.md reports the same flood run by hand at thousands of sockets.
/// </summary>
public sealed class ConnectionFloodTests
{
    private const int IdleSockets = 120;
    private const int Guesses = 400;

    [Fact]
    public async Task IdleSocketsAndGuessedCodesFromOneLaptopDoNotStopTheVote()
    {
        await using var venue = await TestVenue.StartAsync(
            "--Connections:MaxConnections=60", "--Connections:MaxConnectionsPerAddress=30",
            "--Connections:RequestHeadersTimeout=00:00:04", "--Connections:KeepAliveTimeout=00:00:04",
            "--Connections:FailedAttemptsPerMinute=10", "--Connections:RefusalLogWindow=01:00:00");
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var ballot = await sitting.OpenAsync(PreparedSitting.FiveChooseThree);

        var idle = new List<Socket>();
        try
        {
            for (var i = 0; i < IdleSockets; i++)
            {
                if (await FromAddress.IdleSocketAsync(venue, FromAddress.Laptop) is { } socket) idle.Add(socket);
            }
            var guessing = GuessAsync(venue);

            // While the laptop holds its sockets and guesses, a tablet casts and a staff request is answered.
            await sitting.MarkAsync(0, ballot, 0, 1, 2);
            Assert.Equal(3, (await sitting.Setup.Secretariat.AttendanceAsync(sitting.Setup.SittingId)).Present);
            var statuses = await guessing;
            Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Unauthorized));
            Assert.Equal(Guesses - 10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));

            // Sockets over the laptop's share are closed at once; the rest when they have sent nothing for a while.
            await Task.WhenAll(idle.Select(FromAddress.ClosedByServer)).WaitAsync(Waiting.Timeout);
            await sitting.MarkAsync(1, ballot, 0, 1, 3);
            await sitting.MarkAsync(2, ballot, 1, 2, 4);
            var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
            Assert.Equal(3, result.Returned);
        }
        finally
        {
            foreach (var socket in idle) socket.Dispose();
        }

        await venue.StopAsync();
        var log = VenueLogs.MainLines(venue);
        Assert.Equal((IdleSockets - 30, 1), VenueLogs.Refused(log, "127.0.0.2", ErrorCodes.TooManyConnections));
        Assert.Equal((10, 1), VenueLogs.Refused(log, "127.0.0.3", ErrorCodes.CredentialUnknown));
        Assert.Equal((Guesses - 10, 1), VenueLogs.Refused(log, "127.0.0.3", ErrorCodes.TooManyAttempts));
        Assert.True(VenueLogs.Bytes(venue) < 64 * 1024, $"The logs hold {VenueLogs.Bytes(venue)} bytes after the flood.");
    }

    [Fact]
    public async Task SocketsOverTheServersLimitAreClosedAndLoggedAsOneLine()
    {
        await using var venue = await TestVenue.StartAsync(
            "--Connections:MaxConnections=10", "--Connections:RefusalLogWindow=01:00:00");
        var idle = new List<Socket>();
        try
        {
            for (var i = 0; i < 30; i++)
            {
                if (await FromAddress.IdleSocketAsync(venue, FromAddress.Laptop) is { } socket) idle.Add(socket);
            }
            await Task.WhenAll(idle.Skip(10).Select(FromAddress.ClosedByServer)).WaitAsync(Waiting.Timeout);
        }
        finally
        {
            foreach (var socket in idle) socket.Dispose();
        }

        await venue.StopAsync();
        var log = VenueLogs.MainLines(venue);
        Assert.Equal((20, 1), VenueLogs.Refused(log, "any", ErrorCodes.ServerFull));
        Assert.DoesNotContain(log, l => l.GetRawText().Contains("maximum number of concurrent connections"));
    }

    private static async Task<HttpStatusCode[]> GuessAsync(TestVenue venue)
    {
        using var guesser = FromAddress.Http(venue, FromAddress.Guesser);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Guesses; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"WRONG-{i:0000}");
            using var response = await guesser.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return [.. statuses];
    }
}
