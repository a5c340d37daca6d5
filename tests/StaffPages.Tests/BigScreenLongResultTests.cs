using PeoplesCongress.Contracts;
using PeoplesCongress.StaffPages.Tests.Support;
using PeoplesCongress.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace PeoplesCongress.StaffPages.Tests;

/// <summary>
/// A result longer than the projector pages itself: every row and the conclusion appear inside the screen at some
/// moment, and the table text never shrinks below what the back row reads (24 px at 1920×1080, 18 px at 1366×768).
/// </summary>
[Collection(StaffPagesCollection.Name)]
public sealed class BigScreenLongResultTests(ChromiumFixture chromium, SharedVenue shared)
{
    private static readonly string[] Departments =
    [
        "经济发展办", "社会事务办", "农业综合服务站", "财政所", "规划建设办", "生态环境办",
        "应急管理办", "综合执法队", "退役军人服务站", "便民服务中心", "社会治安综合治理中心",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];

    [Fact]
    public async Task ElevenDepartmentsAndTwentyFourDeputiesAreEachShownWithTheConclusion()
    {
        await using var sitting = await SignedInSitting.CreateAsync(shared.Venue, deputies: 9, signedIn: 7);
        await using var browser = new StaffBrowser(chromium.Browser, shared.Venue);
        var screens = await BigScreens.OpenAsync(browser, sitting);

        // 满意度测评 of 11 departments; the last is rated 不满意 by everyone, so the conclusion names it for 整改.
        var survey = await sitting.OpenAsync(new("政府工作部门专题询问满意度测评", Kind: BallotKind.Satisfaction,
            Items: [.. Departments.Select(d => new NewItem(d, Group: "政府工作部门"))]));
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d => sitting.ChooseAsync(d, survey,
            [.. Departments.Select((_, i) => (i, i == 10 ? "dissatisfied" : (d + i) % 4 == 0 ? "basically-satisfied" : "satisfied"))])));
        await sitting.Presidium.CloseBallotAsync(survey.Id);
        await screens.ExpectResultAsync(survey.Title);
        await AssertEveryRowShownAsync(screens, Departments, "社会治安综合治理中心，应当整改后重新报告。", "satisfaction");

        // 述职评议 of 24 district deputies: at 1366×768 it used to shrink to 9 px and push the conclusion off screen.
        var names = Enumerable.Range(0, 24).Select(i => $"区人大代表{Surnames[i % 12]}{(i < 12 ? "建国" : "秀英")}").ToArray();
        var review = await sitting.OpenAsync(new("区人大代表述职评议", Kind: BallotKind.Appraisal, Scale: AppraisalScales.Satisfaction,
            Items: [.. names.Select(n => new NewItem(n, Group: "汉滨区人大代表"))]));
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d => sitting.ChooseAsync(d, review,
            [.. names.Select((_, i) => (i, (d + i) % 5 == 0 ? "basically-satisfied" : "satisfied"))])));
        await sitting.Presidium.CloseBallotAsync(review.Id);
        await screens.ExpectResultAsync(review.Title);
        await AssertEveryRowShownAsync(screens, names, "发出测评表7张，收回7张。", "review");

        // 民主测评 on the competence scale of 4 deputy town heads and 11 department heads: two categories, so the
        // table carries a 类别 column, and the long names still fit across the screen.
        var officials = Enumerable.Range(0, 4).Select(i => new NewItem($"{Surnames[i + 5]}副镇长", Group: "副镇长"))
            .Concat(Departments.Select((d, i) => new NewItem($"{Surnames[i]}{(i % 2 == 0 ? "志强" : "丽华")}（{d}负责人）", Group: "部门负责人")))
            .ToArray();
        var appraisal = await sitting.OpenAsync(new("副镇长及政府工作部门负责人履职情况民主测评", Kind: BallotKind.Appraisal,
            Scale: AppraisalScales.Competence, Items: officials));
        await Task.WhenAll(Enumerable.Range(0, 7).Select(d => sitting.ChooseAsync(d, appraisal,
            [.. officials.Select((_, i) => (i, (d + i) % 3 == 0 ? "competent" : i == 3 ? "incompetent" : "excellent"))])));
        await sitting.Presidium.CloseBallotAsync(appraisal.Id);
        await screens.ExpectResultAsync(appraisal.Title);
        foreach (var page in screens.Pages) await Expect(page.Locator(".result-table thead")).ToContainTextAsync("类别");
        await AssertEveryRowShownAsync(screens, [.. officials.Select(o => o.Name)], "应当整改后重新报告。", "democratic");
        browser.AssertNoScriptErrors();
    }

    private static async Task AssertEveryRowShownAsync(BigScreens screens, string[] rows, string conclusionEnds, string name)
    {
        foreach (var page in screens.Pages)
        {
            var width = page.ViewportSize!.Width;
            var views = await BigScreens.ReadEveryPageAsync(page);
            Assert.True(views.Count > 1, $"{name} at {width}: expected pages, got one");
            var shown = views.SelectMany(v => v.Rows).ToList();
            Assert.Equal(rows.Order(), shown.Distinct().Order());
            Assert.Contains(views, v => v.Conclusion is not null && v.Conclusion.EndsWith(conclusionEnds, StringComparison.Ordinal));
            foreach (var view in views)
            {
                Assert.Empty(view.Hidden);
                Assert.False(view.Overflows, $"{name} at {width}, {view.Indicator}: the page overflows the screen");
                if (view.Rows.Length > 0) Assert.True(view.SmallestTableText >= (width >= 1920 ? 24 : 18),
                    $"{name} at {width}, {view.Indicator}: table text {view.SmallestTableText}px");
            }
            await Expect(page.Locator("[data-role=page-indicator]")).ToHaveTextAsync($"第1页／共{views.Count}页");
            await StaffBrowser.ScreenshotAsync(page, $"screen-{name}-page1-{width}");
            await Expect(page.Locator("[data-role=page-indicator]")).ToHaveTextAsync($"第{views.Count}页／共{views.Count}页");
            await StaffBrowser.ScreenshotAsync(page, $"screen-{name}-last-{width}");
        }
    }
}
