using FsCheck.Xunit;
using PeoplesCongress.Tally.BetweenSittings;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

[Properties(Arbitrary = [typeof(BetweenSittingsArbitraries)], MaxTest = 500)]
public class SuggestionReportProperties
{
    [Property]
    public bool StationCountsAddUpToTheOverall(SuggestionCase c) =>
        Sum(SuggestionReport.ByStation(c.Suggestions, c.AsOf)).SequenceEqual(Counts(SuggestionReport.Overall(c.Suggestions, c.AsOf)));

    // Only assigned suggestions have a department, so the departments' totals add up to the assigned.
    [Property]
    public bool DepartmentCountsAddUpToTheOverallAssigned(SuggestionCase c)
    {
        var overall = SuggestionReport.Overall(c.Suggestions, c.AsOf);
        return Sum(SuggestionReport.ByDepartment(c.Suggestions, c.AsOf)).SequenceEqual(Counts(overall with { Total = overall.Assigned }));
    }

    [Property]
    public bool PermutingTheSuggestionsChangesNothing(SuggestionCase c) =>
        Canonical(c.Suggestions, c.AsOf) == Canonical(c.Shuffled, c.AsOf);

    [Property]
    public bool EveryFigureIsConsistentWithItself(SuggestionCase c) =>
        SuggestionReport.ByStation(c.Suggestions, c.AsOf).Select(g => g.Figures)
            .Concat(SuggestionReport.ByDepartment(c.Suggestions, c.AsOf).Select(g => g.Figures))
            .Append(SuggestionReport.Overall(c.Suggestions, c.AsOf))
            .All(f =>
                f.Satisfied + f.BasicallySatisfied + f.Dissatisfied == f.Rated
                && f.ClassA + f.ClassB + f.ClassC == f.Answered
                && f.AnsweredOnTime <= f.Due && f.Due <= f.Assigned && f.Assigned <= f.Total
                && f.Rated <= f.Answered && f.Answered <= f.Assigned);

    private static int[] Counts(SuggestionFigures f) =>
        [f.Total, f.Assigned, f.Due, f.AnsweredOnTime, f.Answered, f.ClassA, f.ClassB, f.ClassC,
         f.Rated, f.Satisfied, f.BasicallySatisfied, f.Dissatisfied, f.Overdue.Count, f.Rehandled.Count];

    private static int[] Sum(IReadOnlyList<GroupFigures<SuggestionFigures>> groups) =>
        groups.Select(g => Counts(g.Figures)).Aggregate(new int[14], (sum, counts) => [.. sum.Zip(counts, (a, b) => a + b)]);

    private static string Canonical(IReadOnlyList<HandledSuggestion> suggestions, DateOnly asOf) => string.Join(" | ",
        Canonical(SuggestionReport.Overall(suggestions, asOf)),
        string.Join("; ", SuggestionReport.ByDepartment(suggestions, asOf).Select(g => g.Name + " " + Canonical(g.Figures))),
        string.Join("; ", SuggestionReport.ByStation(suggestions, asOf).Select(g => g.Name + " " + Canonical(g.Figures))));

    private static string Canonical(SuggestionFigures f) =>
        string.Join(" ", f with { Overdue = [], Rehandled = [] }, string.Join(",", f.Overdue), string.Join(",", f.Rehandled));
}
