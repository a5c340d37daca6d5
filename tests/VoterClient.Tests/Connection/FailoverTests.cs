using System.Net;
using System.Net.Sockets;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.Connection;

/// <summary>
/// Two venue servers in one hall (sharing one database): the tablet learns both at sign-in, and when the one it is on
/// goes away with a cast unanswered, it moves to the other by itself, sends the same cast again with its cast id and
/// is told it was recorded; the ballot counts it once.
/// </summary>
[Collection(TabletCollection.Name)]
public sealed class FailoverTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TabletMovesToTheOtherServerWhenItsServerStopsAndItsCastIsCountedOnce()
    {
        var (a, b) = ((Https: FreePort(), Http: FreePort()), (Https: FreePort(), Http: FreePort()));
        string[] hall = [$"--Venue:Servers:0=https://127.0.0.1:{a.Https}", $"--Venue:Servers:1=https://127.0.0.1:{b.Https}"];
        await using var first = await TestVenue.StartAsync([$"--urls=http://127.0.0.1:{a.Http};https://127.0.0.1:{a.Https}", .. hall]);
        await using var sitting = await TabletSitting.CreateAsync(first);
        var secretariatCode = first.BootstrapCode!;
        var network = new HallNetwork();
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, first.Url, network.AttachAsync);
        await tablet.SignInAsync(sitting);
        var connection = tablet.Page.Locator("#connection");
        await Expect(connection).ToHaveTextAsync("已连接");
        Assert.Equal([$"https://127.0.0.1:{a.Https}", $"https://127.0.0.1:{b.Https}"],
            System.Text.Json.JsonSerializer.Deserialize<string[]>(await tablet.Page.EvaluateAsync<string>("localStorage.getItem('pc.servers')"))!);

        var ballot = await sitting.OpenSelectionAsync();
        await sitting.OthersVoteAsync(ballot);
        // The second server starts once the ballot is open, so it loads it (the shared store's change feed is not this test's).
        var secondFolder = SecondServerFolder.CreateFrom(first.DataDirectory);
        try
        {
            await using var second = await TestVenue.RestartOnAsync(secondFolder, [$"--urls=http://127.0.0.1:{b.Http};https://127.0.0.1:{b.Https}", .. hall]);

            await tablet.StartBallotAsync(ballot.Title);
            await tablet.Project(ballot.Items[1].Name).CheckAsync();
            await tablet.Project(ballot.Items[2].Name).CheckAsync();
            // The first server records the cast; its answer is lost with the connection, and the server then stops.
            network.LoseNextReceipt();
            await tablet.ReviewAndSubmitAsync();
            await Expect(connection).ToHaveTextAsync("正在切换到备用服务器…");
            await Expect(tablet.Page.GetByRole(Microsoft.Playwright.AriaRole.Status).Filter(new() { HasText = "正在切换到备用服务器。您的选票已暂存在本机" })).ToBeVisibleAsync();
            await tablet.ScreenshotAsync("13-moving-to-the-other-server");
            await first.StopAsync();
            network.Down = false;

            await tablet.ExpectHeadingAsync("已提交");
            await Expect(connection).ToHaveTextAsync($"已连接（备用服务器 127.0.0.1:{b.Https}）");
            await tablet.ScreenshotAsync("14-on-the-other-server");
            Assert.Equal(2, network.Casts.Count);
            Assert.Equal(network.Casts[0], network.Casts[1]);
            var tracking = System.Text.Json.JsonDocument.Parse(network.Receipts[0]).RootElement.GetProperty("trackingCode").GetString();
            Assert.Equal(
                [$$"""{"ballotId":{{ballot.Id}},"duplicate":false,"trackingCode":"{{tracking}}"}""",
                    $$"""{"ballotId":{{ballot.Id}},"duplicate":true,"trackingCode":"{{tracking}}"}"""],
                network.Receipts);
            Assert.Null(await tablet.Page.EvaluateAsync<string?>("sessionStorage.getItem('pc.pendingCasts')"));

            // The second server never held the box key: a scrutineer unseals, then it counts the tablet's ballot once.
            await second.Api(sitting.Setup.ChiefCode).UnsealBoxAsync(ballot.Id);
            var presidiumOnSecond = await second.Api(secretariatCode).IssueStaffCredentialAsync(Contracts.Role.Presidium, "执行主席");
            var presidium = second.Api(presidiumOnSecond.Code);
            var result = await presidium.CloseBallotAsync(ballot.Id);
            Assert.Equal((5, 5), (result.Issued, result.Returned));
            Assert.Equal([4, 1, 1, 0, 0], result.Items.Select(i => i.Votes));
            await Expect(tablet.Page.Locator(".announcement")).ToHaveTextAsync(result.Announcement);
        }
        finally
        {
            Directory.Delete(secondFolder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
