using System.IO.Compression;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Tests.Publication;

/// <summary>A notice laid out as an official 公告, numbered in agenda order, with a workbook that holds numbers.</summary>
public sealed partial class NoticeDocumentTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task NoticesAreNumberedInAgendaOrderWhateverTheOrderTheyArePublishedIn()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var chief = sitting.Setup.Chief!;
        var scrutineer = venue.Api(chief.Credential!.Code);
        var first = sitting.Setup.Ballot;
        var second = await sitting.CreateAsync(new("第二项决定", Kind: BallotKind.Motion));
        var third = await sitting.CreateAsync(new("第三项决定", Kind: BallotKind.Motion));
        foreach (var ballot in new[] { first, second, third })
        {
            await sitting.Presidium.OpenBallotAsync(ballot.Id);
            await sitting.Presidium.CloseBallotAsync(ballot.Id);
            await scrutineer.SignCountRecordAsync(ballot.Id);
        }

        var preview = await sitting.Setup.Secretariat.NoticePreviewAsync(third.Id);
        Assert.Equal((3, "公告（第3号）"), (preview.Number, preview.Heading));
        Assert.Empty(await sitting.Setup.Secretariat.NoticesAsync(sitting.Setup.SittingId));
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => scrutineer.NoticePreviewAsync(third.Id))).Code);

        Assert.Equal(3, (await sitting.Setup.Secretariat.PublishAsync(third.Id)).Number);
        Assert.Equal(1, (await sitting.Setup.Secretariat.PublishAsync(first.Id)).Number);
        Assert.Equal(2, (await sitting.Setup.Secretariat.PublishAsync(second.Id)).Number);
        Assert.Equal(ErrorCodes.AlreadyPublished,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Setup.Secretariat.NoticePreviewAsync(second.Id))).Code);
    }

    [Fact]
    public async Task ARepeatedVoteIsNumberedRightAfterTheItemItContinues()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var chief = sitting.Setup.Chief!;
        var scrutineer = venue.Api(chief.Credential!.Code);
        // Item 1 gets no votes: invalid, repeated; item 2 was put on the agenda before the repeat was.
        var first = sitting.Setup.Ballot;
        var second = await sitting.CreateAsync(new("第二项决定", Kind: BallotKind.Motion));
        await sitting.Presidium.OpenBallotAsync(first.Id);
        await sitting.Presidium.CloseBallotAsync(first.Id);
        var repeat = await sitting.Presidium.RepeatAsync(first.Id);
        Assert.True(repeat.AgendaPosition > second.AgendaPosition);
        foreach (var ballot in new[] { repeat, second })
        {
            await sitting.Presidium.OpenBallotAsync(ballot.Id);
            await sitting.Presidium.CloseBallotAsync(ballot.Id);
        }
        foreach (var ballot in new[] { first, repeat, second }) await scrutineer.SignCountRecordAsync(ballot.Id);

        Assert.Equal(3, (await sitting.Setup.Secretariat.PublishAsync(second.Id)).Number);
        Assert.Equal(2, (await sitting.Setup.Secretariat.PublishAsync(repeat.Id)).Number);
        Assert.Equal(1, (await sitting.Setup.Secretariat.PublishAsync(first.Id)).Number);
    }

    [Fact]
    public async Task ThePdfIsAnOfficialNoticeWithItsFiguresOnceAndTheWorkbookHoldsNumbers()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var secretariat = sitting.Setup.Secretariat;
        var chief = sitting.Setup.Chief!;
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 7 ? [0, 1] : [2]);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id);
        var notice = await secretariat.PublishAsync(ballot.Id);

        var anyone = venue.Api("");
        var pdf = Path.Combine(Artifacts.Folder("screenshots", "notices"), "notice-official.pdf");
        await File.WriteAllBytesAsync(pdf, await anyone.DownloadAsync(notice.PdfUrl));
        var layout = await Programs.RunAsync("pdftotext", "-layout", pdf, "-");
        var text = Whitespace().Replace(layout, "");
        Assert.Contains("测试镇人民代表大会第一次会议公告（第1号）", text);
        Assert.Matches(@"测试镇人民代表大会第一次会议于二〇[一二三四五六七八九〇]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日采用无记名方式，使用电子表决器对“2027年度民生实事项目票决”进行票决。应到代表9人，实到9人。", text);
        Assert.Single(Regex.Matches(text, "发出表决票"));
        Assert.Single(Regex.Matches(text, "有效。"));
        Assert.Contains("特此公告。", text);
        // The 落款: the presidium, then the date in Chinese, both right of the page's middle
        // (the certification block of checks and fingerprints sits left of them, on the same lines).
        var issuer = layout.Split('\n').Single(l => l.TrimEnd().EndsWith("大会主席团", StringComparison.Ordinal));
        Assert.True(issuer.IndexOf("大会主席团", StringComparison.Ordinal) > 40, issuer);
        // The date too, below it.
        Assert.True(layout.Split('\n').Single(l => l.Contains("二〇", StringComparison.Ordinal) && l.TrimEnd().EndsWith('日')).IndexOf("二〇", StringComparison.Ordinal) > 40);
        // No line starts with closing punctuation (禁则).
        Assert.All(layout.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0), l => Assert.DoesNotContain(l[0], LineBreaker.NoStart));
        // Figures are right-aligned in their cells: the one-digit counts sit under the end of their headers.
        Assert.Matches(@"危桥改造项目\s+7\s+0\s+确定为民生实事项目", layout);
        await Programs.RunAsync("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, Path.ChangeExtension(pdf, null));
        Assert.True(new FileInfo(Path.ChangeExtension(pdf, ".png")).Length > 10_000);

        var xlsx = await anyone.DownloadAsync(notice.XlsxUrl);
        using (var stream = new MemoryStream(xlsx))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "计票").Cast<IDictionary<string, object>>().ToList();
            Assert.IsType<double>(rows[0]["赞成票"]);
            Assert.Equal([7d, 7, 2, 0, 0], rows.Select(r => (double)r["赞成票"]));
        }
        using var archive = new ZipArchive(new MemoryStream(xlsx));
        foreach (var sheet in archive.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Matches("<x?:?col [^>]*width=\"[1-9]", xml);
            // A count is a number cell (no t="s"/t="str" on it).
            if (xml.Contains("赞成票", StringComparison.Ordinal) || sheet.FullName.EndsWith("2.xml", StringComparison.Ordinal))
                Assert.Matches("<x?:?c r=\"C2\"(?![^>]*t=\"(s|str|inlineStr)\")[^>]*>", xml);
        }
    }

    [Fact]
    public async Task ALongSurveyNoticeKeepsEveryRowAndItsRulesOnEveryPage()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 6);
        string[] departments = ["发展和改革局", "教育局", "公安分局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局",
            "生态环境分局", "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会",
            "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "城市管理局", "信访局"];
        var survey = await sitting.OpenAsync(new("2026年度区政府组成部门满意度测评", Kind: BallotKind.Satisfaction,
            Items: [.. departments.Select(d => new NewItem(d))]));
        string[] options = ["satisfied", "basically-satisfied", "dissatisfied"];
        for (var d = 0; d < 6; d++) await sitting.ChooseAsync(d, survey, [.. departments.Select((_, i) => (i, options[(d + i) % 3 == 0 ? 2 : d % 2]))]);
        await sitting.Presidium.CloseBallotAsync(survey.Id);
        var chief = sitting.Setup.Chief!;
        await venue.Api(chief.Credential!.Code).SignCountRecordAsync(survey.Id);
        var notice = await sitting.Setup.Secretariat.PublishAsync(survey.Id);

        var pdf = Path.Combine(Artifacts.Folder("screenshots", "notices"), "notice-satisfaction.pdf");
        await File.WriteAllBytesAsync(pdf, await venue.Api("").DownloadAsync(notice.PdfUrl));
        var layout = await Programs.RunAsync("pdftotext", "-layout", pdf, "-");
        // Every department is in the table (read in content order: a long name wraps within its cell).
        var flowing = Whitespace().Replace(await Programs.RunAsync("pdftotext", "-raw", pdf, "-"), "");
        Assert.All(departments, d => Assert.Contains(d, flowing));
        Assert.Contains("进行测评。应到代表6人，实到6人。发出测评表6张，收回6张。各测评对象的得票、得票率和测评等次见下表。", Whitespace().Replace(layout, ""));
        // Each department's figures once, in the table, not again in a sentence.
        Assert.DoesNotContain("发展和改革局：", layout);
        Assert.All(layout.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0), l => Assert.DoesNotContain(l[0], LineBreaker.NoStart));
        // The table runs onto the second page under its header again, and 特此公告 stays with the 落款.
        var second = Whitespace().Replace(await Programs.RunAsync("pdftotext", "-f", "2", "-l", "2", pdf, "-"), "");
        Assert.Contains("序号", second);
        Assert.Contains("信访局", second);
        Assert.Contains("特此公告。", second);
        Assert.Contains("大会主席团", second);
        // A figure is never split across lines.
        Assert.DoesNotMatch(@"\d[.]?\d*\s*\n\s*\d*[.]?\d+%", layout);
        await Programs.RunAsync("pdftoppm", "-png", "-r", "80", pdf, Path.ChangeExtension(pdf, null));
    }

    [Fact]
    public async Task TheVenueNamesTheIssuerAndTheNoticeKeepsIt()
    {
        await using var own = await TestVenue.StartAsync("--Notices:Issuer=测试镇人民代表大会主席团");
        await using var sitting = await SignedInSitting.CreateAsync(own, deputies: 3);
        var chief = sitting.Setup.Chief!;
        var motion = await sitting.OpenAsync(new("关于批准预算的决议", Kind: BallotKind.Motion));
        for (var d = 0; d < 3; d++) await sitting.ChooseAsync(d, motion, (0, "for"));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        await own.Api(chief.Credential!.Code).SignCountRecordAsync(motion.Id);
        Assert.Equal("测试镇人民代表大会主席团", (await sitting.Setup.Secretariat.NoticePreviewAsync(motion.Id)).Issuer);
        var notice = await sitting.Setup.Secretariat.PublishAsync(motion.Id);

        Assert.Contains("\"issuer\":\"测试镇人民代表大会主席团\"", System.Text.Encoding.UTF8.GetString(await own.Api("").DownloadAsync(notice.JsonUrl)));
        var pdf = Path.Combine(Artifacts.Folder("screenshots", "notices"), "notice-motion.pdf");
        await File.WriteAllBytesAsync(pdf, await own.Api("").DownloadAsync(notice.PdfUrl));
        var text = Whitespace().Replace(await Programs.RunAsync("pdftotext", pdf, "-"), "");
        Assert.Contains("采用无记名方式，使用电子表决器对“关于批准预算的决议”进行表决。应到代表3人，实到3人。发出表决票3张，收回3张，赞成3票", text);
        Assert.Matches("特此公告。.*测试镇人民代表大会主席团.*二〇", text);
        await Programs.RunAsync("pdftoppm", "-png", "-r", "80", "-singlefile", pdf, Path.ChangeExtension(pdf, null));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
