using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Reports;

/// <summary>
/// A term's report on the handling of deputies' suggestions (代表建议办理情况报告) on a day: titled with the term's
/// name, issued by its standing committee's office (「{届名}常务委员会办公室」, the office that keeps the suggestions
/// between sittings), dated the day the figures are for.
/// </summary>
public static class TermReport
{
    public const string Title = "代表建议办理情况报告";

    public static ReportDocument Of(TermView term, SuggestionDashboard suggestions) => new(
        [term.Name, Title], $"（截至{ChinaTime.Day(suggestions.AsOf)}）", SuggestionReportSections.Of(suggestions),
        $"{term.Name}常务委员会办公室", suggestions.AsOf);
}
