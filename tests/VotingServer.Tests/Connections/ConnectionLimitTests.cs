using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Connections;

namespace PeoplesCongress.VotingServer.Tests.Connections;

public sealed class ConnectionLimitTests
{
    [Fact]
    public async Task AConnectionOverTheLimitIsRefusedWithServerFullUntilOneCloses()
    {
        await using var venue = await TestVenue.StartAsync(
            "--Connections:MaxHubConnections=2", "--Connections:RefusalLogWindow=01:00:00");
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var codes = sitting.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var firstEnded = FirstHubConnectionEnded(venue);
        var first = await venue.SignInAsync(codes[0]);
        await using var second = await venue.SignInAsync(codes[1]);

        using var http = venue.Http();
        using var refused = await http.GetAsync($"hubs/venue?access_token={codes[2]}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ErrorCodes.ServerFull, problem.GetProperty("code").GetString());
        Assert.Equal("会场服务器连接数已满，请稍后重试或联系会务技术人员。", problem.GetProperty("title").GetString());
        var failed = await Assert.ThrowsAsync<WebSocketException>(() => venue.SignInAsync(codes[2]));
        Assert.Contains("503", failed.Message);
        Assert.Equal(2, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Present);

        await first.DisposeAsync();
        await firstEnded;
        Assert.Equal(1, venue.Service<HubConnectionLimit>().Active);
        await using var third = await venue.SignInAsync(codes[2]);
        Assert.Equal(3, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Present);

        // Both refusals in one summary line, written at the latest when the server stops.
        await venue.StopAsync();
        Assert.Equal((2, 1), VenueLogs.Refused(VenueLogs.MainLines(venue), "127.0.0.1", ErrorCodes.ServerFull));
    }

    [Theory]
    [InlineData(20_000L, 18_000, 16_200, 450, 225)]
    [InlineData(4_096L, 3_328, 2_996, 83, 41)]
    [InlineData(512L, 16, 15, 16, 8)]
    public void TheDefaultLimitsLeaveHeadroomBelowTheOpenFileLimit(
        long openFiles, int all, int hub, int perAddress, int hubPerAddress)
    {
        var budget = ConnectionBudget.For(new ConnectionLimitOptions(), openFiles);
        Assert.Equal(new ConnectionBudget(all, hub, perAddress, hubPerAddress), budget);
        Assert.True(budget.Connections <= Math.Max(16, openFiles - ConnectionBudget.ReservedFiles));
    }

    [Fact]
    public void SettingsTakeThePlaceOfTheirShare() => Assert.Equal(
        new ConnectionBudget(60, 54, 30, 15),
        ConnectionBudget.For(new ConnectionLimitOptions { MaxConnections = 60, MaxConnectionsPerAddress = 30 }, 20_000));

    [Fact]
    public void WithoutAnOpenFileLimitNothingIsCapped() => Assert.Equal(
        new ConnectionBudget(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue),
        ConnectionBudget.For(new ConnectionLimitOptions(), null));

    /// <summary>
    /// Completes when the first hub WebSocket accepted from now on has ended, as ASP.NET Core's hosting reports it once
    /// the request has left every middleware, the connection limit's too (hosting reports only requests it saw begin).
    /// </summary>
    internal static async Task FirstHubConnectionEnded(TestVenue venue)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = venue.Service<DiagnosticListener>().Subscribe(new Observer(e =>
        {
            if (e.Key == "Microsoft.AspNetCore.Hosting.HttpRequestIn.Stop" && e.Value is HttpContext context
                && context.Request.Path.StartsWithSegments(VenueHubProtocol.Path)
                && context.Response.StatusCode == StatusCodes.Status101SwitchingProtocols) ended.TrySetResult();
        }));
        await ended.Task.WaitAsync(Waiting.Timeout);
    }

    private sealed class Observer(Action<KeyValuePair<string, object?>> next) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value) => next(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
