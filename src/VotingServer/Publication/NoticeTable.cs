using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots.Kinds;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// The figures of a notice as a table, the same for PDF and XLSX: one row per item, counts per option, and the
/// columns that matter for the kind (得票/结果 for projects, rates and grade for appraisals, 结果 for motions).
/// </summary>
public sealed record NoticeTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static NoticeTable Of(BallotResultView result)
    {
        var options = result.Items.FirstOrDefault()?.Counts.Select(c => c.Label).ToList() ?? [];
        var kind = KindCatalog.Of(result.Kind);
        var appraisal = kind.Grades;
        List<string> header = ["序号", kind.ItemHeading, .. options.Select(o => o + "票"), "无效"];
        if (appraisal) header.AddRange([.. options.Select(o => o + "率"), "综合率", "等次", "名次"]);
        else header.Add("结果");
        var rows = result.Items.Select((item, i) =>
        {
            List<string> row = [(i + 1).ToString(), item.Name, .. item.Counts.Select(c => c.Count.ToString()), item.Invalid.ToString()];
            if (appraisal)
            {
                row.AddRange([.. item.Rates.Select(r => r.Percent + "%"), item.CombinedRate + "%", Grade(result, item), item.Rank?.ToString() ?? "—"]);
            }
            else row.Add(kind.Outcome(result, item));
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new NoticeTable(header, rows);
    }

    private static string Grade(BallotResultView result, ItemResultView item)
    {
        if (item.GradeLabel is { } label) return label;
        if (result.GradeDecisions?.FirstOrDefault(d => d.ItemId == item.ItemId) is { } decided) return decided.GradeLabel + "（主席团决定）";
        return item.ExactThreshold ? "待主席团决定" : "—";
    }

    /// <summary>The table as the PDF sets it, the item's name taking the width the figures leave.</summary>
    internal PdfTable ForPdf() => new(Header, Rows, Flexible: 1);

    public static string CountMethod(BallotResultView result) =>
        result.CountedBy == CountMethods.ByHand ? "纸质选票，人工计票" : "电子表决系统计票";
}
