using System.Globalization;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Publication;
using static PeoplesCongress.VotingServer.Reports.ReportColumnKind;

namespace PeoplesCongress.VotingServer.Reports;

/// <summary>
/// The report on a year's 民生实事 projects (民生实事项目实施情况报告), from the figures the API gives (docs/rules.md
/// "民生实事: the whole cycle"): the year in a sentence, every project with its department, budget, deadline, progress
/// and grade, the figures per department, and the late list.
/// </summary>
public static class ProjectReportSections
{
    public const string Title = "民生实事项目实施情况报告";

    public static ReportDocument Document(TermView term, ProjectDashboard figures, IReadOnlyList<ProjectView> projects) => new(
        [term.Name, $"{figures.Year}年度{Title}"], $"（截至{ChinaTime.Day(figures.AsOf)}）", Of(figures, projects),
        $"{term.Name}常务委员会办公室", figures.AsOf);

    public static IReadOnlyList<ReportSection> Of(ProjectDashboard figures, IReadOnlyList<ProjectView> projects)
    {
        var day = ChinaTime.Day(figures.AsOf);
        return
        [
            new("总体情况", [new ReportParagraph(Overall(day, figures.Year, figures.Overall))]),
            new("各项目实施情况", [new ReportParagraph($"{figures.Year}年度民生实事项目逐项实施情况见下表。"), Projects(projects)]),
            new("各承办单位实施情况", [ByDepartment(figures)]),
            new("进度滞后和逾期完成的项目",
            [
                new ReportParagraph(figures.Late.Count == 0 ? $"截至{day}，没有进度滞后或逾期完成的项目。" : $"截至{day}，进度滞后或逾期完成的项目共{figures.Late.Count}项。"),
                new ReportTable("滞后项目",
                    [new("项目名称", Name), new("承办单位", Text), new("进展", Text), new("应完成日期", Date), new("滞后\n天数", Count)],
                    [.. figures.Late.Select(l => (IReadOnlyList<ReportCell>)[l.Title, l.LeadDepartment, l.ProgressLabel, ReportCell.Day(l.DueOn), ReportCell.Count(l.DaysLate)])]),
            ]),
        ];
    }

    /// <summary>「截至2028年1月15日，2027年度民生实事项目共3项，已完成2项（按期完成1项），…代表测评3项，其中满意1项、…。」</summary>
    public static string Overall(string day, int year, ProjectFiguresView o) =>
        $"截至{day}，{year}年度民生实事项目共{o.Total}项，已完成{o.Delivered}项（按期完成{o.DeliveredOnTime}项），完成率{o.DeliveredRate.Percent}%，"
        + $"按期完成率{o.OnTimeRate.Percent}%；正在实施的项目中按计划推进{o.OnSchedule}项、进度滞后{o.Behind}项；"
        + (o.Rated == 0 ? "尚未进行满意度测评。" : $"经代表满意度测评{o.Rated}项，其中{string.Join("、", o.Grades.Select(g => $"{g.Grade}{g.Count}项"))}。");

    private static ReportTable Projects(IReadOnlyList<ProjectView> projects) => new("各项目",
        [new("项目名称", Name), new("承办单位", Text), new("投资\n（万元）", Text), new("完成期限", Date), new("进展", Text), new("完成\n进度", Text), new("测评\n等次", Text)],
        [.. projects.Select(p => (IReadOnlyList<ReportCell>)
            [p.Title, p.LeadDepartment, p.BudgetWan?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—", ReportCell.Day(p.DeadlineOn),
             p.ProgressLabel, $"{p.PercentDone}%", p.Grade ?? "—"])]);

    private static ReportTable ByDepartment(ProjectDashboard figures) => new("各承办单位",
        [new("承办单位", Name), new("项目数", Count), new("已完成", Count), new("按期\n完成", Count), new("按计划\n推进", Count), new("进度\n滞后", Count), new("已测评", Count)],
        [.. figures.ByDepartment.Select(d => (IReadOnlyList<ReportCell>)
            [d.Name, ReportCell.Count(d.Figures.Total), ReportCell.Count(d.Figures.Delivered), ReportCell.Count(d.Figures.DeliveredOnTime),
             ReportCell.Count(d.Figures.OnSchedule), ReportCell.Count(d.Figures.Behind), ReportCell.Count(d.Figures.Rated)])]);
}
