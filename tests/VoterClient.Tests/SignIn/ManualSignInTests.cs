using Microsoft.Playwright;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.VoterClient.Tests.SignIn;

/// <summary>Typing the printed code, the server's own words for a refused code, a reload, and 「退出」 on a shared tablet.</summary>
[Collection(TabletCollection.Name)]
public sealed class ManualSignInTests(BrowserFixture fixture, SharedVenue shared)
{
    private readonly TestVenue venue = shared.Venue;

    private const string Revoked = "该凭证已作废（可能已补发新凭证），请联系大会秘书处。";

    [Fact]
    public async Task TypedCodeSignsInSurvivesAReloadAndSignOutClearsTheTablet()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url);
        await tablet.ExpectHeadingAsync("代表签到");
        // This browser has no camera: the screen says so and the typed code remains.
        await Expect(tablet.Page.GetByText("未找到可用的摄像头，请手动输入凭证码。")).ToBeVisibleAsync();

        // Typed as a person might: lower case, spaces instead of hyphens.
        await tablet.CodeBox.FillAsync(sitting.Code.ToLowerInvariant().Replace('-', ' '));
        await tablet.ScreenshotAsync("07-sign-in-manual");
        await tablet.Button("签到").ClickAsync();
        await tablet.ExpectSignedInAsync(TabletSitting.Name, TabletSitting.Number);

        await tablet.Page.ReloadAsync();
        await tablet.ExpectSignedInAsync(TabletSitting.Name, TabletSitting.Number);

        await tablet.Button("退出").ClickAsync();
        await Expect(tablet.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("本平板将清除您的凭证");
        await tablet.ScreenshotAsync("08-sign-out");
        await tablet.Button("确定退出").ClickAsync();
        await tablet.ExpectHeadingAsync("代表签到");
        Assert.Null(await tablet.Page.EvaluateAsync<string?>("localStorage.getItem('pc.credential')"));
        await tablet.Page.ReloadAsync();
        await tablet.ExpectHeadingAsync("代表签到");
    }

    [Fact]
    public async Task RevokedAndUnknownCodesAreRefusedWithTheServersMessage()
    {
        await using var sitting = await TabletSitting.CreateAsync(venue);
        var revoked = sitting.Code;
        var reissued = await sitting.Setup.Secretariat.ReissueCredentialAsync(sitting.Setup.SittingId, TabletSitting.Number);
        await using var tablet = await Tablet.OpenAsync(fixture.Browser, venue.Url);

        await tablet.SignInByCodeAsync(revoked);
        await Expect(tablet.Alert).ToHaveTextAsync(Revoked);
        await tablet.ScreenshotAsync("07-sign-in-refused");
        await tablet.SignInByCodeAsync("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23");
        await Expect(tablet.Alert).ToHaveTextAsync("凭证码无效，请核对后重试，或联系大会秘书处。");

        // A code revoked while the tablet is away ends in the same message at the next load, and is forgotten.
        await tablet.SignInByCodeAsync(reissued.Code);
        await tablet.ExpectSignedInAsync(TabletSitting.Name, TabletSitting.Number);
        await sitting.Setup.Secretariat.RevokeCredentialAsync(sitting.Setup.SittingId, TabletSitting.Number);
        await tablet.Page.ReloadAsync();
        await tablet.ExpectHeadingAsync("代表签到");
        await Expect(tablet.Alert).ToHaveTextAsync(Revoked);
        Assert.Null(await tablet.Page.EvaluateAsync<string?>("localStorage.getItem('pc.credential')"));
    }
}
