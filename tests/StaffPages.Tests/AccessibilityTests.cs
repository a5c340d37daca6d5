using Microsoft.Playwright;
using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// axe-core over every state of the staff pages, the big screen and the public pages, at the staff's two screen sizes
/// (1920×1080 and 1366×768). A critical, serious or moderate finding fails; every finding, minor ones too, is written
/// to artifacts/accessibility/staff-axe.txt, and each state is saved as a screenshot at both sizes.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium, SharedVenue shared)
{
    private static readonly (int Width, int Height)[] Sizes = [(1920, 1080), (1366, 768)];

    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task NoPageStateHasASeriousOrModerateAxeFinding()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 5);
        var secretariatApi = sitting.Setup.Secretariat;
        var presidiumCode = (await secretariatApi.IssueStaffCredentialAsync(Role.Presidium, "无障碍执行主席")).Code;
        var chief = sitting.Setup.Chief!;
        var viewer = await secretariatApi.CreateViewerLinkAsync(sitting.Setup.SittingId);
        var ballot = sitting.Setup.Ballot;
        var findings = new List<AxeCheck.Finding>();
        await using var pages = new StaffBrowser(chromium.Browser, venue);

        async Task Check(IPage page, string state)
        {
            foreach (var (width, height) in Sizes)
            {
                await page.SetViewportSizeAsync(width, height);
                findings.AddRange(await AxeCheck.RunAsync(page, $"{state} {width}×{height}"));
                await ScreenshotAsync(page, $"axe-{state}-{width}x{height}");
            }
        }

        var front = await pages.OpenAsync("/");
        await Expect(front.Locator("a[href='/tablet/']")).ToBeVisibleAsync();
        await Check(front, "front-page");
        var ca = await pages.OpenAsync("/ca");
        await Expect(ca.GetByRole(AriaRole.Heading, new() { Name = "代表表决器接入" })).ToBeVisibleAsync();
        await Check(ca, "ca");
        var staffIndex = await pages.OpenAsync("/staff/");
        await Check(staffIndex, "staff-index");

        var console = await pages.OpenAsync("/staff/presidium.html");
        await Expect(console.GetByLabel("凭证码")).ToBeVisibleAsync();
        await Check(console, "sign-in");
        await SignInAsAsync(console, presidiumCode);
        var row = console.Locator($"li[data-ballot='{ballot.Id}']");
        await Expect(row).ToBeVisibleAsync();
        await Check(console, "presidium-idle");

        var screen = await pages.OpenAsync(viewer.Path);
        await Expect(screen.Locator("[data-role=attendance-sentence]")).ToContainTextAsync("实到5人");
        await Check(screen, "screen-waiting");

        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        await sitting.MarkAsync(0, ballot, 0, 1, 2);
        await Expect(row.Locator("[data-role=progress]")).ToHaveTextAsync("已投 1 / 应投 5");
        await Expect(screen.Locator("[data-role=progress]")).ToHaveTextAsync("已投 1 / 应投 5");
        await Check(console, "presidium-voting");
        await Check(screen, "screen-voting");

        await Task.WhenAll(Enumerable.Range(1, 4).Select(d => sitting.MarkAsync(d, ballot, 0, 1, 3)));
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await Expect(Region(console, $"表决结果：{ballot.Title}")).ToBeVisibleAsync();
        await Check(console, "presidium-result");
        await Expect(screen.GetByText("农村道路亮灯项目").First).ToBeVisibleAsync();
        await Check(screen, "screen-result");

        var scrutineer = await pages.OpenAsync("/staff/scrutineer.html");
        await SignInAsAsync(scrutineer, chief.Credential!.Code);
        await Expect(scrutineer.Locator($"article[data-ballot='{ballot.Id}']")).ToBeVisibleAsync();
        await Check(scrutineer, "scrutineer");

        var secretariat = await pages.OpenAsync("/staff/secretariat.html");
        await SignInAsAsync(secretariat, venue.BootstrapCode!);
        var tabs = secretariat.GetByRole(AriaRole.Tab);
        await Expect(tabs.First).ToBeVisibleAsync();
        foreach (var name in await tabs.AllInnerTextsAsync())
        {
            await OpenTabAsync(secretariat, name);
            await Expect(secretariat.GetByRole(AriaRole.Tab, new() { Name = name })).ToHaveAttributeAsync("aria-selected", "true");
            await Check(secretariat, $"secretariat-{name}");
        }

        var notices = await pages.OpenAsync("/notices");
        await Check(notices, "notices");

        // The pages between sittings before their sign-in (BetweenSittingsPagesTests checks every later state).
        foreach (var (path, state) in new[] { ("/staff/term.html", "term"), ("/staff/department.html", "department"), ("/tablet/phone.html", "phone") })
        {
            var page = await pages.OpenAsync(path);
            await Expect(page.GetByLabel("凭证码")).ToBeVisibleAsync();
            await Check(page, $"{state}-sign-in");
        }

        var report = Path.Combine(Artifacts.Folder("accessibility"), "staff-axe.txt");
        await File.WriteAllLinesAsync(report, findings.Select(f => f.ToString()));
        var failing = AxeCheck.Failures(findings);
        Assert.True(failing.Count == 0, "axe findings:\n" + string.Join('\n', failing));
        pages.AssertNoScriptErrors();
    }
}
