using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Certification;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>A notice as a workbook: sheet 公告 with the heading, figures and signatures; sheet 计票 with the item table.</summary>
public static class NoticeXlsx
{
    public static byte[] Render(NoticeDocument notice)
    {
        var result = notice.Result;
        var summary = new List<Dictionary<string, object>>
        {
            Line("会议", notice.SittingName),
            Line("公告", $"第{notice.Number}号"),
            Line("表决事项", result.Round > 1 ? $"{result.Title}（第{result.Round}轮）" : result.Title),
            Line("应到代表", result.CurrentDeputies), Line("发出票数", result.Issued), Line("收回票数", result.Returned),
            Line("有效票数", result.Valid), Line("无效票数", result.Invalid), Line("表决是否有效", result.VoteValid ? "有效" : "无效"),
            Line("结果", result.Announcement), Line("计票方式", NoticeTable.CountMethod(result)),
        };
        if (result.CountNote is { } note) summary.Add(Line("说明", note));
        summary.AddRange(notice.Signatures.Select(s => Line(s.Role.Title(), $"{s.Name}（{ChinaTime.Format(s.SignedAt)}签字）")));
        if (notice.Tellers.Count > 0) summary.Add(Line("计票人", string.Join("、", notice.Tellers)));
        summary.AddRange((notice.ConfirmedActs ?? []).Select(act => Line("经主席团确认的事项", act.Sentence)));
        summary.Add(Line("计票记录校验值（SHA-256）", notice.RecordSha256));
        summary.Add(Line("发布时间", ChinaTime.Format(notice.PublishedAt)));

        var table = NoticeTable.Of(result);
        var rows = table.Rows.Select(row => table.Header.Zip(row).ToDictionary(x => x.First, x => (object)x.Second)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["公告"] = summary, ["计票"] = rows }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object> Line(string name, object value) => new() { ["项目"] = name, ["内容"] = value };
}
