using PeoplesCongress.Contracts;

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
        var appraisal = result.Kind is BallotKinds.Satisfaction or BallotKinds.Appraisal;
        List<string> header = ["序号", appraisal ? "测评对象" : result.Kind == BallotKinds.Motion ? "表决事项" : "项目", .. options.Select(o => o + "票"), "无效"];
        if (appraisal) header.AddRange([.. options.Select(o => o + "率"), "综合率", "等次", "名次"]);
        else header.Add("结果");
        var rows = result.Items.Select((item, i) =>
        {
            List<string> row = [(i + 1).ToString(), item.Name, .. item.Counts.Select(c => c.Count.ToString()), item.Invalid.ToString()];
            if (appraisal)
            {
                row.AddRange([.. item.Rates.Select(r => r.Percent + "%"), item.CombinedRate + "%", Grade(result, item), item.Rank?.ToString() ?? "—"]);
            }
            else row.Add(Outcome(result, item));
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

    private static string Outcome(BallotResultView result, ItemResultView item) => result.Kind == BallotKinds.Motion
        ? result.Passed == true ? "通过" : "未通过"
        : item.Outcome switch
        {
            ProjectOutcomes.Adopted => "确定为民生实事项目",
            ProjectOutcomes.RunOffNeeded => "得票相等，需再次投票",
            ProjectOutcomes.PassedNotAdopted => "过半数，未进入前列",
            _ => "未获通过",
        };

    public static string CountMethod(BallotResultView result) =>
        result.CountedBy == CountMethods.ByHand ? "纸质选票，人工计票" : "电子表决系统计票";

    public static string Summary(BallotResultView result) =>
        $"应到代表{result.CurrentDeputies}人，发出{result.Issued}张，收回{result.Returned}张，有效{result.Valid}张，无效{result.Invalid}张，"
        + (result.VoteValid ? "本次表决有效。" : "本次表决无效。");
}
