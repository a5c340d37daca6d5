using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Publication;
using static PeoplesCongress.VotingServer.Reports.ReportColumnKind;

namespace PeoplesCongress.VotingServer.Reports;

/// <summary>
/// The report's sections on deputies' suggestions, from the figures the API gives (docs/rules.md "Between sittings:
/// deputies' suggestions"): the overall figures in a sentence, the table of every department and of every station
/// (each ending with 合计, the overall figures), the overdue and the re-handled.
/// </summary>
public static class SuggestionReportSections
{
    public static IReadOnlyList<ReportSection> Of(SuggestionDashboard figures)
    {
        var day = ChinaTime.Day(figures.AsOf);
        var overall = figures.Overall;
        return
        [
            new("总体情况", [new ReportParagraph(Overall(day, overall)), new ReportParagraph(Meaning)]),
            new("各承办单位办理情况",
            [
                new ReportParagraph($"{figures.ByDepartment.Count}个承办单位的办理情况见下表，按主办单位统计，末行合计为全部建议。"),
                Table("各承办单位", "承办单位", figures.ByDepartment, overall, proposed: false),
            ]),
            new("各代表联络站建议办理情况",
            [
                new ReportParagraph($"{figures.ByStation.Count}个代表联络站的代表所提建议的办理情况见下表，按领衔代表所在联络站统计，末行合计为全部建议。"),
                Table("各代表联络站", "代表联络站", figures.ByStation, overall, proposed: true),
            ]),
            // A list with nothing in it is said so; its table stays, empty, for the workbook's sheet.
            new("逾期未办结的建议",
            [
                new ReportParagraph(figures.Overdue.Count == 0
                    ? $"截至{day}，没有逾期未办结的建议。"
                    : $"截至{day}，逾期未办结的建议共{figures.Overdue.Count}件，按逾期天数从多到少列示如下。"),
                Overdue(figures.Overdue),
            ]),
            new("重新办理的建议",
            [
                new ReportParagraph(figures.Rehandled.Count == 0
                    ? "没有因代表不满意而重新办理的建议。"
                    : $"因代表不满意而重新办理的建议共{figures.Rehandled.Count}件，列示如下。"),
                Rehandled(figures.Rehandled),
            ]),
        ];
    }

    /// <summary>「截至2027年12月31日，本届代表共提出建议300件，已交办285件，…满意及基本满意率96.10%。」</summary>
    public static string Overall(string day, SuggestionFiguresView o) =>
        $"截至{day}，本届代表共提出建议{o.Total}件，已交办{o.Assigned}件，应办结{o.Due}件，按期办结{o.AnsweredOnTime}件，"
        + $"按期办结率{o.OnTimeRate.Percent}%；已答复{o.Answered}件，其中A类{o.ClassA}件（{o.ShareA.Percent}%）、"
        + $"B类{o.ClassB}件（{o.ShareB.Percent}%）、C类{o.ClassC}件（{o.ShareC.Percent}%）；代表已评价{o.Rated}件，"
        + $"满意{o.Satisfied}件、基本满意{o.BasicallySatisfied}件、不满意{o.Dissatisfied}件，满意率{o.SatisfiedRate.Percent}%，"
        + $"满意及基本满意率{o.SatisfiedOrBasicallyRate.Percent}%。逾期未办结{o.Overdue}件，重新办理{o.Rehandled}件。";

    /// <summary>What the figures count, in the words of docs/rules.md.</summary>
    private const string Meaning =
        "应办结指已交办、且已答复或已过首次办理期限的建议；按期办结指在首次办理期限内答复的建议；A类、B类、C类按最近一次答复计，"
        + "比例以已答复件数为基数；满意、基本满意、不满意按代表最近一次评价计，满意率、满意及基本满意率以已评价件数为基数；"
        + "逾期未办结指最近一轮办理未答复且已过期限的建议。比例四舍五入保留两位小数。";

    private static readonly ReportColumn[] Figures =
    [
        new("交办", Count), new("应办结", Count), new("按期\n办结", Count), new("按期\n办结率", Rate),
        new("A类", Count), new("B类", Count), new("C类", Count), new("已评价", Count), new("满意", Count),
        new("基本\n满意", Count), new("不满意", Count), new("满意率", Rate), new("满意及基本\n满意率", Rate),
    ];

    /// <summary>One row per department or station, then 合计; a station's table starts with the suggestions made (提出).</summary>
    private static ReportTable Table(string name, string heading, IReadOnlyList<NamedSuggestionFigures> groups, SuggestionFiguresView overall, bool proposed)
    {
        List<ReportColumn> columns = [new(heading, Name), .. proposed ? [new ReportColumn("提出", Count)] : Array.Empty<ReportColumn>(), .. Figures];
        IReadOnlyList<ReportCell> Row(string label, SuggestionFiguresView f)
        {
            List<ReportCell> row = [label];
            if (proposed) row.Add(ReportCell.Count(f.Total));
            row.AddRange([
                ReportCell.Count(f.Assigned), ReportCell.Count(f.Due), ReportCell.Count(f.AnsweredOnTime), ReportCell.Rate(f.OnTimeRate),
                ReportCell.Count(f.ClassA), ReportCell.Count(f.ClassB), ReportCell.Count(f.ClassC), ReportCell.Count(f.Rated),
                ReportCell.Count(f.Satisfied), ReportCell.Count(f.BasicallySatisfied), ReportCell.Count(f.Dissatisfied),
                ReportCell.Rate(f.SatisfiedRate), ReportCell.Rate(f.SatisfiedOrBasicallyRate)]);
            return row;
        }
        return new ReportTable(name, columns, [.. groups.Select(g => Row(g.Name, g.Figures)), Row("合计", overall)]);
    }

    private static ReportTable Overdue(IReadOnlyList<SuggestionDue> overdue) => new("逾期未办结",
        [new("编号", Text), new("标题", Name), new("承办单位", Text), new("办理轮次", Text), new("办理期限", Date), new("逾期\n天数", Count)],
        [.. overdue.Select(d => (IReadOnlyList<ReportCell>)
            [d.Number, d.Title, d.LeadDepartment, d.Round == 1 ? "首次办理" : "重新办理", ReportCell.Day(d.DueOn), ReportCell.Count(-d.DaysLeft)])]);

    private static ReportTable Rehandled(IReadOnlyList<SuggestionLine> rehandled) => new("重新办理",
        [new("编号", Text), new("标题", Name), new("承办单位", Text)],
        [.. rehandled.Select(s => (IReadOnlyList<ReportCell>)[s.Number, s.Title, s.LeadDepartment])]);
}
