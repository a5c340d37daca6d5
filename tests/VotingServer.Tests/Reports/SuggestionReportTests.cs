using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Demo;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Reports;
using Xunit.Abstractions;

namespace PeoplesCongress.VotingServer.Tests.Reports;

/// <summary>
/// The report on the handling of deputies' suggestions (代表建议办理情况报告) of a term the size of 商州's, downloaded as
/// PDF and workbook, states the same figures as the API for the same day: the overall sentence, every department's
/// and every station's row, 合计; the PDF is laid out as an official document, numbered at the foot of every page.
/// </summary>
public sealed partial class SuggestionReportTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string TermName = "商州区第十八届人民代表大会";
    private TestVenue venue = null!;

    public async Task InitializeAsync() => venue = await TestVenue.StartAsync();

    public async Task DisposeAsync() => await venue.DisposeAsync();

    [Fact]
    public async Task TheReportOfATermOf300SuggestionsStatesTheApisFiguresInPrintAndInTheWorkbook()
    {
        var now = DateTimeOffset.UtcNow;
        var today = ChinaTime.Date(now);
        var termId = await GeneratedTerm.WriteAsync(venue.Service<GroupCommitWriter>(), TermName, new(), today, now);
        var secretariat = venue.Api(venue.BootstrapCode!);
        var figures = await secretariat.SuggestionFiguresAsync(termId, today);
        var o = figures.Overall;

        var started = Stopwatch.StartNew();
        var pdf = await secretariat.SuggestionReportPdfAsync(termId, today);
        output.WriteLine($"report.pdf, first request (figures, render, font loaded): {started.ElapsedMilliseconds} ms, {pdf.Length / 1024} KiB");
        started.Restart();
        var xlsx = await secretariat.SuggestionReportXlsxAsync(termId, today);
        output.WriteLine($"report.xlsx, first request: {started.ElapsedMilliseconds} ms, {xlsx.Length / 1024} KiB");
        var document = TermReport.Of(await secretariat.TermAsync(termId), figures);
        started.Restart();
        ReportPdf.Render(document);
        output.WriteLine($"render only, PDF: {started.ElapsedMilliseconds} ms");
        started.Restart();
        ReportXlsx.Render(document);
        output.WriteLine($"render only, XLSX: {started.ElapsedMilliseconds} ms");

        var folder = Artifacts.Folder("reports");
        var pdfPath = Path.Combine(folder, "suggestion-report.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);
        await File.WriteAllBytesAsync(Path.Combine(folder, "suggestion-report.xlsx"), xlsx);
        var layout = await Programs.RunAsync("pdftotext", "-layout", pdfPath, "-");
        var text = Whitespace().Replace(layout, "");
        var day = $"{today.Year}年{today.Month}月{today.Day}日";
        Assert.StartsWith($"{TermName}代表建议办理情况报告（截至{day}）一、总体情况", text, StringComparison.Ordinal);
        Assert.Contains(
            $"截至{day}，本届代表共提出建议{o.Total}件，已交办{o.Assigned}件，应办结{o.Due}件，按期办结{o.AnsweredOnTime}件，按期办结率{o.OnTimeRate.Percent}%；"
            + $"已答复{o.Answered}件，其中A类{o.ClassA}件（{o.ShareA.Percent}%）、B类{o.ClassB}件（{o.ShareB.Percent}%）、C类{o.ClassC}件（{o.ShareC.Percent}%）；"
            + $"代表已评价{o.Rated}件，满意{o.Satisfied}件、基本满意{o.BasicallySatisfied}件、不满意{o.Dissatisfied}件，满意率{o.SatisfiedRate.Percent}%，"
            + $"满意及基本满意率{o.SatisfiedOrBasicallyRate.Percent}%。", text);
        foreach (var heading in new[] { "二、各承办单位办理情况", "三、各代表联络站建议办理情况", "四、逾期未办结的建议", "五、重新办理的建议" })
            Assert.Contains(heading, text);
        // Every department's and station's row on one line, its name whole and its figures in the columns' order.
        foreach (var department in figures.ByDepartment.Append(new("合计", o)))
            Assert.Matches(Row(department.Name, department.Figures, proposed: false), layout);
        foreach (var station in figures.ByStation.Append(new("合计", o)))
            Assert.Matches(Row(station.Name, station.Figures, proposed: true), layout);
        foreach (var overdue in figures.Overdue) Assert.Contains(overdue.Number, text);
        // Every page numbered at its foot; 「特此报告。」 and the 落款 last, the date centred right of the page's middle.
        var pages = layout.TrimEnd('\f').Split('\f');
        Assert.True(pages.Length > 3, $"{pages.Length} pages");
        for (var n = 1; n <= pages.Length; n++) Assert.Matches($@"—\s*{n}\s*—\s*$", pages[n - 1].TrimEnd());
        Assert.EndsWith($"特此报告。{TermName}常务委员会办公室{day}—{pages.Length}—", text, StringComparison.Ordinal);
        var words = await Programs.RunAsync("pdftotext", "-bbox", "-f", $"{pages.Length}", "-l", $"{pages.Length}", pdfPath, "-");
        var date = Regex.Match(words, $"<word xMin=\"([0-9.]+)\"[^>]* xMax=\"([0-9.]+)\"[^>]*>{day}</word>");
        Assert.True(date.Success && date.Groups.Values.Skip(1).Average(g => double.Parse(g.Value, CultureInfo.InvariantCulture)) > 595 / 2.0, date.Value);
        // No line but a page number starts with closing punctuation, none ends with an opening one (禁则).
        var lines = layout.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !Folio().IsMatch(l)).ToList();
        Assert.All(lines, l => Assert.DoesNotContain(l[0], LineBreaker.NoStart));
        Assert.All(lines, l => Assert.DoesNotContain(l[^1], LineBreaker.NoEnd));
        await Programs.RunAsync("pdftoppm", "-r", "60", "-png", pdfPath, Path.Combine(folder, "suggestion-report"));
        Assert.Equal(pages.Length, Directory.GetFiles(folder, "suggestion-report-*.png").Length);

        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["概况", "各承办单位", "各代表联络站", "逾期未办结", "重新办理"], stream.GetSheetNames());
        var summary = stream.Query(useHeaderRow: true, sheetName: "概况").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(summary, r => (string)r["项目"] == "一、总体情况" && ((string)r["内容"]).StartsWith($"截至{day}，本届代表共提出建议{o.Total}件", StringComparison.Ordinal));
        AssertSheet(stream, "各承办单位", "承办单位", figures.ByDepartment, o, proposed: false);
        AssertSheet(stream, "各代表联络站", "代表联络站", figures.ByStation, o, proposed: true);
        var overdueRows = stream.Query(useHeaderRow: true, sheetName: "逾期未办结").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(figures.Overdue.Select(d => (d.Number, (double)-d.DaysLeft, d.DueOn.ToDateTime(TimeOnly.MinValue))),
            overdueRows.Select(r => ((string)r["编号"], (double)r["逾期天数"], (DateTime)r["办理期限"])));
        Assert.Equal(figures.Rehandled.Count, stream.Query(useHeaderRow: true, sheetName: "重新办理").Count());
    }

    [Fact]
    public async Task TheFileIsNamedForTheReportAndItsDayAndOnlyStaffMayHaveIt()
    {
        var term = await PreparedTerm.CreateAsync(venue, venue.BootstrapCode!);
        using var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", venue.BootstrapCode);
        foreach (var format in new[] { "pdf", "xlsx" })
        {
            using var response = await http.GetAsync($"api/terms/{term.TermId}/report.{format}?asOf=2027-12-31");
            response.EnsureSuccessStatusCode();
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal(("attachment", $"代表建议办理情况报告-2027-12-31.{format}", $"suggestion-report-2027-12-31.{format}"),
                (disposition.DispositionType, disposition.FileNameStar, disposition.FileName));
            Assert.Equal(NoticeFiles.ContentTypes[format], response.Content.Headers.ContentType!.MediaType);
        }
        using (var refused = await http.GetAsync($"api/terms/{term.TermId}/report.pdf?asOf=2027-13-45"))
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        var department = venue.Api(term.DepartmentCodes[PreparedTerm.DepartmentNames[0]]);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => department.SuggestionReportPdfAsync(term.TermId))).Code);
        // A term with no suggestion yet: every table has its 合计 of noughts, the lists say there is none.
        var pdfPath = Path.Combine(Artifacts.Folder("reports"), "empty-report.pdf");
        await File.WriteAllBytesAsync(pdfPath, await term.Secretariat.SuggestionReportPdfAsync(term.TermId, new DateOnly(2027, 12, 31)));
        var text = Whitespace().Replace(await Programs.RunAsync("pdftotext", pdfPath, "-"), "");
        Assert.Contains("截至2027年12月31日，本届代表共提出建议0件，已交办0件，应办结0件，按期办结0件，按期办结率0.00%；", text);
        Assert.Contains("截至2027年12月31日，没有逾期未办结的建议。", text);
        Assert.Contains("没有因代表不满意而重新办理的建议。", text);
        using var stream = new MemoryStream(await term.Secretariat.SuggestionReportXlsxAsync(term.TermId, new DateOnly(2027, 12, 31)));
        Assert.Empty(stream.Query(useHeaderRow: true, sheetName: "逾期未办结"));
        Assert.Equal(PreparedTerm.DepartmentNames.Length + 1, stream.Query(useHeaderRow: true, sheetName: "各承办单位").Count());
    }

    private static string Row(string name, SuggestionFiguresView f, bool proposed) =>
        $@"(?m)^\s*{Regex.Escape(name)}\s+" + string.Join(@"\s+", Figures(f, proposed).Select(Regex.Escape)) + @"\s*$";

    /// <summary>A row's figures as printed, in the order of the table's columns.</summary>
    private static IEnumerable<string> Figures(SuggestionFiguresView f, bool proposed) =>
        (proposed ? [$"{f.Total}"] : Array.Empty<string>()).Concat([
            $"{f.Assigned}", $"{f.Due}", $"{f.AnsweredOnTime}", f.OnTimeRate.Percent + "%", $"{f.ClassA}", $"{f.ClassB}", $"{f.ClassC}",
            $"{f.Rated}", $"{f.Satisfied}", $"{f.BasicallySatisfied}", $"{f.Dissatisfied}", f.SatisfiedRate.Percent + "%",
            f.SatisfiedOrBasicallyRate.Percent + "%"]);

    /// <summary>Every group's row and 合计 in the sheet, counts as numbers and rates as fractions of the same two decimals.</summary>
    private static void AssertSheet(
        MemoryStream stream, string sheet, string nameColumn, IReadOnlyList<NamedSuggestionFigures> groups, SuggestionFiguresView overall, bool proposed)
    {
        var rows = stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(groups.Select(g => g.Name).Append("合计"), rows.Select(r => (string)r[nameColumn]));
        foreach (var (group, row) in groups.Append(new("合计", overall)).Zip(rows))
        {
            var f = group.Figures;
            var counts = new Dictionary<string, int>
            {
                ["交办"] = f.Assigned, ["应办结"] = f.Due, ["按期办结"] = f.AnsweredOnTime, ["A类"] = f.ClassA, ["B类"] = f.ClassB,
                ["C类"] = f.ClassC, ["已评价"] = f.Rated, ["满意"] = f.Satisfied, ["基本满意"] = f.BasicallySatisfied, ["不满意"] = f.Dissatisfied,
            };
            if (proposed) counts["提出"] = f.Total;
            foreach (var (column, count) in counts) Assert.Equal((double)count, Assert.IsType<double>(row[column]));
            var rates = new Dictionary<string, ShareView>
            {
                ["按期办结率"] = f.OnTimeRate, ["满意率"] = f.SatisfiedRate, ["满意及基本满意率"] = f.SatisfiedOrBasicallyRate,
            };
            foreach (var (column, rate) in rates)
                Assert.Equal(rate.Percent, (Assert.IsType<double>(row[column]) * 100).ToString("0.00", CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^—\s*\d+\s*—$")]
    private static partial Regex Folio();
}
