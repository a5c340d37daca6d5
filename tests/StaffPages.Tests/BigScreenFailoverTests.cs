using System.Net;
using System.Net.Sockets;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The big screen in a hall of two servers (sharing one database): when the server it was opened from stops, it
/// moves to the other by itself and goes on showing the ballot, with the casts the other server takes.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class BigScreenFailoverTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task TheBigScreenMovesToTheOtherServerAndGoesOnCounting()
    {
        var (a, b) = ((Https: FreePort(), Http: FreePort()), (Https: FreePort(), Http: FreePort()));
        string[] hall = [$"--Venue:Servers:0=https://127.0.0.1:{a.Https}", $"--Venue:Servers:1=https://127.0.0.1:{b.Https}"];
        await using var first = await TestVenue.StartAsync([$"--urls=http://127.0.0.1:{a.Http};https://127.0.0.1:{a.Https}", .. hall]);
        await using var sitting = await SignedInSitting.CreateAsync(first, deputies: 5);
        var codes = sitting.Setup.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        await using var browser = new StaffBrowser(chromium.Browser, first);
        var link = await sitting.Setup.Secretariat.CreateViewerLinkAsync(sitting.Setup.SittingId);
        var screen = await browser.OpenAsync(link.Path, 1366, 768);
        await Expect(screen.Locator("h1.sitting")).ToHaveTextAsync("测试镇人民代表大会第一次会议");

        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        await sitting.MarkAsync(0, ballot, 0);
        await Expect(screen.Locator("[data-role=progress]")).ToHaveTextAsync("已投 1 / 应投 5");

        // The second server starts once the ballot is open, so it loads it (the shared store's change feed is not this test's).
        var secondFolder = SecondServerFolder.CreateFrom(first.DataDirectory);
        try
        {
            await using var second = await TestVenue.RestartOnAsync(secondFolder, [$"--urls=http://127.0.0.1:{b.Http};https://127.0.0.1:{b.Https}", .. hall]);
            await first.StopAsync();

            // A deputy whose tablet moved casts on the second server; the screen, now there too, counts it.
            await using var moved = await second.SignInAsync(codes[1]);
            await moved.CastAsync(new CastRequest(ballot.Id, [ballot.Items[1].Id], VenueConnection.NewCastId()));
            await Expect(screen.Locator("[data-role=progress]")).ToHaveTextAsync("已投 2 / 应投 5");
            await Expect(screen.Locator("#link-status")).ToBeHiddenAsync();
            await StaffBrowser.ScreenshotAsync(screen, "screen-after-failover-1366");
            browser.AssertNoScriptErrors();
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
