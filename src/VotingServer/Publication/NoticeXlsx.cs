using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A notice as a workbook: sheet 公告 with the heading, figures and signatures; sheet 计票 with the item table. Counts
/// are stored as numbers and rates as numbers of percent (header 「…率（%）」), so they can be summed and sorted;
/// every column has a width that fits what it holds.
/// </summary>
public static class NoticeXlsx
{
    public static byte[] Render(NoticeDocument notice)
    {
        var result = notice.Result;
        var summary = new List<Dictionary<string, object>>
        {
            Line("会议", notice.SittingName),
            Line("公告", $"第{notice.Number}号"),
            Line("表决事项", NoticeWording.RoundTitle(result)),
            Line("应到代表", result.CurrentDeputies), Line("实到代表", result.Issued), Line("发出票数", result.Issued),
            Line("收回票数", result.Returned), Line("有效票数", result.Valid), Line("无效票数", result.Invalid),
            Line("表决是否有效", result.VoteValid ? "有效" : "无效"),
            Line("结果", NoticeWording.Result(result)), Line("计票方式", NoticeTable.CountMethod(result)),
        };
        if (result.CountNote is { } note) summary.Add(Line("说明", note));
        summary.AddRange(notice.Signatures.Select(s => Line(s.Role.Title(), $"{s.Name}（{ChinaTime.Format(s.SignedAt)}签字）")));
        if (notice.Tellers.Count > 0) summary.Add(Line("计票人", string.Join("、", notice.Tellers)));
        summary.AddRange((notice.ConfirmedActs ?? []).Select(act => Line("经主席团确认的事项", act.Sentence)));
        summary.Add(Line("发布单位", NoticeWording.Issuer(notice)));
        summary.Add(Line("发布时间", ChinaTime.Format(notice.PublishedAt)));
        summary.Add(Line("计票记录校验值（SHA-256）", notice.RecordSha256));
        if (notice.AuditHead is { } head) summary.Add(Line("操作记录校验值（SHA-256）", head));
        // Whole here, where they can be copied: the first 16 digits are what the sheet, the screen and the PDF show.
        if (notice.BoxRoot is { } root) summary.Add(Line("票箱校验值（SHA-256）", root));
        if (notice.ServerKeyFingerprint is { } server) summary.Add(Line("服务器签名密钥指纹", server));
        summary.AddRange(notice.Signatures.Where(s => s.KeyFingerprint is not null)
            .Select(s => Line($"{s.Role.Title()}{s.Name}签名密钥指纹", s.KeyFingerprint!)));

        var table = NoticeTable.Of(result);
        var header = table.Header.Select(h => h.EndsWith('率') ? h + "（%）" : h).ToList();
        var rows = table.Rows.Select(row => header.Zip(row).ToDictionary(x => x.First, x => Cell(x.Second))).ToList();
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns =
            [
                new DynamicExcelColumn("事项") { Width = 28 },
                new DynamicExcelColumn("内容") { Width = 90 },
                .. header.Select((h, i) => new DynamicExcelColumn(h) { Width = SheetColumn.Width(table.Rows.Select(r => r[i]).Append(h)) }).Where(c => c.Key is not ("事项" or "内容")),
            ],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["公告"] = summary, ["计票"] = rows }, excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    /// <summary>A count as a whole number, a rate (12.50%) as the number 12.50, a dash or words as text.</summary>
    private static object Cell(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return count;
        if (text.EndsWith('%') && decimal.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)) return rate;
        return text;
    }

    private static Dictionary<string, object> Line(string name, object value) => new() { ["事项"] = name, ["内容"] = value };
}
