using Microsoft.Playwright;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>The deputy's phone page between sittings, as the tests of its sections open and check it.</summary>
public static class PhonePages
{
    /// <summary>Opens the phone page at 390×844 and signs in by typing the code, as when no camera can be used.</summary>
    public static async Task<IPage> OpenPhoneAsync(StaffBrowser pages, string code)
    {
        var phone = await pages.OpenAsync("/tablet/phone.html", 390, 844);
        await Expect(Heading(phone, "代表登录")).ToBeVisibleAsync();
        await phone.GetByLabel("凭证码").FillAsync(code);
        await phone.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(Heading(phone, "我的建议")).ToBeVisibleAsync();
        return phone;
    }

    /// <summary>The screen's own heading (level 1).</summary>
    public static ILocator Heading(IPage page, string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    /// <summary>No serious axe finding; on the phone also no text under 18px and no target under 48px.</summary>
    public static async Task AssertCleanAsync(IPage page, string state)
    {
        await AxeCheck.AssertCleanAsync(page, state);
        if (page.ViewportSize!.Width < 800) await TouchScreen.AssertReadableAndTouchableAsync(page);
    }
}
