using Microsoft.Playwright;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;
using static PeoplesCongress.StaffPages.Tests.Support.StaffBrowser;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// The 代表证 sheet as an elderly deputy reads it: the code large, in groups that never break, the sitting's name on
/// one line, a one-line instruction; 「打印代表证」 asks first and opens a print preview with 「打印」.
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class CredentialCardSheetTests(ChromiumFixture chromium, SharedVenue shared)
{
    private const string LongName = "某某县某某镇第十八届人民代表大会第三次会议暨2027年度民生实事项目票决会";

    [Fact]
    public async Task TheSheetIsAskedForThenPreviewedWithLargeUnbrokenCodes()
    {
        var venue = shared.Venue;
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 9, name: LongName);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html");
        await SignInAsAsync(page, venue.BootstrapCode!);
        await OpenTabAsync(page, "代表名册与签到");

        await page.GetByRole(AriaRole.Button, new() { Name = "打印代表证" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "打印全体代表的代表证？" });
        await Expect(dialog).ToContainTextAsync("将为全体在任代表9人各发放一张新的代表证");
        await Expect(dialog).ToContainTextAsync("已有9位代表领取了代表证，这些代表证将全部作废");
        await ScreenshotAsync(page, "secretariat-credential-sheet-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        // Declined: the cards handed out still work.
        await using (await venue.SignInAsync(setup.Codes["D009"])) { }

        var sheet = await page.RunAndWaitForPopupAsync(async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "打印代表证" }).ClickAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "发放并打印9张代表证" }).ClickAsync();
        });
        await Expect(sheet.Locator("section.card")).ToHaveCountAsync(9);
        await Expect(sheet.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeFocusedAsync();
        await Expect(sheet.Locator(".toolbar")).ToContainTextAsync("打印预览：共9张代表证");
        await Expect(sheet.Locator(".howto").First).ToHaveTextAsync("用平板扫描二维码签到；无法扫描时输入下方26位凭证码");
        // Every card names the key that signs the notices, as the notices do.
        var keyLine = $"本会议计票服务器签名密钥指纹：{ShortHex((await venue.Api("").ServerKeyAsync()).Fingerprint)}";
        await Expect(sheet.Locator(".server-key")).ToHaveCountAsync(9);
        await Expect(sheet.Locator(".server-key").Last).ToHaveTextAsync(keyLine);

        var layout = await sheet.EvaluateAsync<double[]>("""
            () => {
              const cards = [...document.querySelectorAll('section.card')];
              const lines = (node) => { const r = document.createRange(); r.selectNodeContents(node); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; };
              let brokenGroups = 0, fontPx = Infinity, sittingLines = 0, overflowing = 0;
              for (const card of cards) {
                const code = card.querySelector('.credential-code');
                fontPx = Math.min(fontPx, parseFloat(getComputedStyle(code).fontSize));
                const text = code.firstChild;
                for (let start = 0; start < text.length; start += 5) {
                  const r = document.createRange();
                  r.setStart(text, start); r.setEnd(text, Math.min(start + 4, text.length));
                  if (new Set([...r.getClientRects()].map(x => Math.round(x.top))).size !== 1) brokenGroups++;
                }
                sittingLines = Math.max(sittingLines, lines(card.querySelector('.sitting')));
                for (const part of card.querySelectorAll('.howto, .code, .name, .server-key'))
                  if (part.scrollWidth > part.clientWidth + 1 || part.getBoundingClientRect().bottom > card.getBoundingClientRect().bottom) overflowing++;
              }
              return [brokenGroups, fontPx, sittingLines, overflowing];
            }
            """);
        Assert.Equal(0, layout[0]);
        Assert.True(layout[1] >= 14 * 96 / 72.0, $"the code is {layout[1]}px, under 14pt");
        Assert.Equal(1, layout[2]);
        Assert.Equal(0, layout[3]);

        await sheet.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "credential-sheet.png"), FullPage = true });
        await sheet.Locator("section.card").First.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "credential-card.png") });
        // On paper the toolbar is left out.
        await sheet.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(sheet.Locator(".toolbar")).ToBeHiddenAsync();
        await Expect(sheet.Locator("section.card").First).ToBeVisibleAsync();

        // The printed code signs a deputy in; the old card no longer does.
        var codes = PreparedSitting.ParseSheet(await sheet.ContentAsync());
        await using (await venue.SignInAsync(codes["D009"])) { }
        await Assert.ThrowsAnyAsync<Exception>(() => venue.SignInAsync(setup.Codes["D008"]));
        pages.AssertNoScriptErrors();
    }

    [Theory]
    [InlineData(1920, 1080, "secretariat-staff-code-card")]
    [InlineData(1366, 768, "secretariat-staff-code-card-1366")]
    public async Task AScrutineersCodeIsACardWithQrGroupsThatNeverBreakAndAPrintButton(int width, int height, string screenshot)
    {
        var venue = shared.Venue;
        // No chief yet: the secretariat designates one on the page.
        await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2, designateChief: false);
        await using var pages = new StaffBrowser(chromium.Browser, venue);
        var page = await pages.OpenAsync("/staff/secretariat.html", width, height);
        await SignInAsAsync(page, venue.BootstrapCode!);
        await OpenTabAsync(page, "监票计票人员与凭证");
        var counting = Region(page, "总监票人、监票人和计票人");
        await counting.GetByLabel("姓名").FillAsync("欧阳春梅");
        await counting.GetByLabel("职责").SelectOptionAsync(new SelectOptionValue { Label = "总监票人" });
        await counting.GetByRole(AriaRole.Button, new() { Name = "指定" }).ClickAsync();

        var card = counting.Locator(".code-card");
        await Expect(card).ToContainTextAsync("总监票人凭证欧阳春梅");
        await Expect(card).ToContainTextAsync("/staff/scrutineer.html");
        await Expect(card.Locator("[data-role=server-key]")).ToHaveTextAsync(
            $"本会议计票服务器签名密钥指纹：{ShortHex((await venue.Api("").ServerKeyAsync()).Fingerprint)}");
        await Expect(card.GetByRole(AriaRole.Img, new() { Name = "凭证二维码" })).ToBeVisibleAsync();
        await Expect(counting.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeVisibleAsync();
        var code = (await card.Locator(".issued-code").TextContentAsync())!;
        Assert.Matches("^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$", code);
        // Every group on one line, and the code in type at least as large as the page's headings' body text.
        Assert.True(await card.Locator(".issued-code").EvaluateAsync<bool>("""
            code => [...code.querySelectorAll('.code-group')].every(g => g.getClientRects().length === 1 && g.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(g).fontSize))
              && parseFloat(getComputedStyle(code).fontSize) >= 24
            """));
        await using (await venue.ConnectAsync(code)) { }
        await card.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, screenshot);
        pages.AssertNoScriptErrors();
    }
}
