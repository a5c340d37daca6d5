using Microsoft.Playwright;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using PeoplesCongress.VoterClient.Tests.Camera;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.SignIn;

/// <summary>
/// Between sittings a deputy holds the personal credential to the phone's camera: the phone page reads its QR code
/// with the tablet's scanner, signs in and lists the deputy's suggestions.
/// </summary>
[Collection(TabletCollection.Name)]
public sealed class PhoneCameraSignInTests(PhoneCameraSignInTests.Fixture fixture) : IClassFixture<PhoneCameraSignInTests.Fixture>
{
    /// <summary>A term whose deputy T001's personal credential QR code is what the browser's fake camera shows.</summary>
    public sealed class Fixture : BrowserFixture
    {
        private readonly string video = Path.Combine(Path.GetTempPath(), $"pc-phone-camera-{Guid.NewGuid():N}.y4m");

        public TestVenue Venue { get; private set; } = null!;
        public PreparedTerm Term { get; private set; } = null!;

        protected override string[] Arguments => Chromium.FakeCamera(video);

        public override async Task InitializeAsync()
        {
            Venue = await TestVenue.StartAsync();
            Term = await PreparedTerm.CreateAsync(Venue, Venue.BootstrapCode!, deputies: 2);
            var issued = await Term.Secretariat.IssuePersonalCredentialAsync(Term.TermId, "T001");
            var qr = issued.Qr!;
            FakeCameraVideo.Write(video, PngImage.Decode(Convert.FromBase64String(qr[(qr.IndexOf(',') + 1)..])));
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Venue.DisposeAsync();
            File.Delete(video);
        }
    }

    [Fact]
    public async Task TheDeputySignsInOnThePhoneByHoldingThePersonalCredentialToTheCamera()
    {
        await fixture.Term.Secretariat.SubmitSuggestionAsync(fixture.Term.TermId, new("关于增设公交线路的建议", "江北新区无公交线路。", DeputyNumber: "T001"));
        // The answer to GET /api/me waits until the camera screen is on record, so the screenshot shows it.
        var photographed = new TaskCompletionSource();
        await using var phone = await Tablet.OpenAsync(fixture.Browser, fixture.Venue.Url, page => page.RouteAsync("**/api/me", async route =>
        {
            await photographed.Task;
            await route.ContinueAsync();
        }), Tablet.Phone, "/tablet/phone.html");
        await Expect(phone.Page.GetByText("正在核对凭证…")).ToBeVisibleAsync();
        await phone.ExpectHeadingAsync("代表登录");
        await phone.ScreenshotAsync("phone-00-sign-in-camera");
        photographed.SetResult();

        await phone.ExpectHeadingAsync("我的建议");
        await Expect(phone.Page.Locator("#who-name")).ToHaveTextAsync("届代表001");
        await Expect(phone.Page.GetByRole(AriaRole.Link, new() { Name = "第001号" })).ToContainTextAsync("关于增设公交线路的建议");
        await phone.ScreenshotAsync("phone-01-signed-in-by-camera");
    }
}
