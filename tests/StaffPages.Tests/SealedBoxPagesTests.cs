using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// A server restarted mid-ballot: the presidium's console keeps 「结束表决」 disabled and says the box is sealed; the
/// scrutineer's page lists the box with 「启封票箱」, which asks first and then unseals it with the scrutineer's own card;
/// the console's button comes back at once, and the count takes every ballot cast.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class SealedBoxPagesTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task ASealedBoxWaitsForAScrutineerAndTheConsoleFollows()
    {
        await using var first = await TestVenue.StartAsync();
        var secretariatCode = first.BootstrapCode!;
        var sitting = await SignedInSitting.CreateAsync(first, deputies: 5);
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 3; d++) await sitting.MarkAsync(d, ballot, d);
        await sitting.DisposeAsync();
        await first.StopAsync();

        await using var venue = await TestVenue.RestartOnAsync(first.DataDirectory);
        var presidiumCode = (await venue.Api(secretariatCode).IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code;
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        var console = await pages.OpenAsync("/staff/presidium.html", 1366, 768);
        await SignInAsAsync(console, presidiumCode);
        var running = console.Locator($"[data-open-ballot='{ballot.Id}']");
        var close = running.GetByRole(AriaRole.Button, new() { Name = "结束表决" });
        await Expect(running).ToContainTextAsync("已投 3 / 应投 5");
        await Expect(close).ToBeDisabledAsync();
        await Expect(running).ToContainTextAsync("票箱已封存，待监票人启封");
        await ScreenshotAsync(console, "presidium-box-sealed-1366");

        var scrutineer = await pages.OpenAsync("/staff/scrutineer.html", 1366, 768);
        await SignInAsAsync(scrutineer, sitting.Setup.ChiefCode);
        var sealedBox = scrutineer.Locator($"[data-sealed-ballot='{ballot.Id}']");
        await Expect(sealedBox).ToContainTextAsync(ballot.Title);
        await Expect(sealedBox).ToContainTextAsync("已投 3 / 应投 5");
        await ScreenshotAsync(scrutineer, "scrutineer-box-sealed-1366");

        await sealedBox.GetByRole(AriaRole.Button, new() { Name = "启封票箱" }).ClickAsync();
        var dialog = scrutineer.GetByRole(AriaRole.Dialog, new() { Name = "启封票箱？" });
        await Expect(dialog).ToContainTextAsync($"您将以总监票人{PreparedSitting.ChiefName}的凭证启封");
        await ScreenshotAsync(scrutineer, "scrutineer-unseal-confirmation-1366");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        Assert.True((await venue.Api(presidiumCode).ProgressAsync(sitting.Setup.SittingId)).Single().Sealed);

        await sealedBox.GetByRole(AriaRole.Button, new() { Name = "启封票箱" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "启封票箱" }).ClickAsync();
        await Expect(scrutineer.GetByText($"已启封票箱：{ballot.Title}。")).ToBeVisibleAsync();
        await Expect(sealedBox).ToHaveCountAsync(0);
        await ScreenshotAsync(scrutineer, "scrutineer-box-unsealed-1366");

        await Expect(close).ToBeEnabledAsync();
        await Expect(running).Not.ToContainTextAsync("票箱已封存");
        var result = await venue.Api(presidiumCode).CloseBallotAsync(ballot.Id);
        Assert.Equal((5, 3), (result.Issued, result.Returned));
        Assert.Contains(await venue.Api(presidiumCode).AuditAsync(sitting.Setup.SittingId),
            e => e.Action == AuditAction.BoxUnsealed && e.Summary.Contains(PreparedSitting.ChiefName));
        pages.AssertNoScriptErrors();
    }
}
