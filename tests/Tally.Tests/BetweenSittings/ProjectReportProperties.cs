using FsCheck.Xunit;
using PeoplesCongress.Tally.BetweenSittings;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

[Properties(Arbitrary = [typeof(BetweenSittingsArbitraries)], MaxTest = 500)]
public class ProjectReportProperties
{
    [Property]
    public bool DepartmentCountsAddUpToTheOverall(ProjectCase c) =>
        ProjectReport.ByDepartment(c.Projects, c.AsOf).Select(g => Counts(g.Figures))
            .Aggregate(new int[7], (sum, counts) => [.. sum.Zip(counts, (a, b) => a + b)])
            .SequenceEqual(Counts(ProjectReport.Overall(c.Projects, c.AsOf)));

    [Property]
    public bool PermutingTheProjectsChangesNothing(ProjectCase c) =>
        Canonical(c.Projects, c.AsOf) == Canonical(c.Shuffled, c.AsOf);

    [Property]
    public bool EveryProjectIsInExactlyOneState(ProjectCase c)
    {
        var f = ProjectReport.Overall(c.Projects, c.AsOf);
        return f.OnSchedule + f.Behind + f.Delivered == f.Total
            && f.DeliveredOnTime <= f.Delivered
            && f.Late.Count == f.Behind + f.Delivered - f.DeliveredOnTime
            && f.Late.All(l => l.DaysLate >= 1)
            && f.Grades.Sum(g => g.Count) == f.Rated;
    }

    private static int[] Counts(ProjectFigures f) =>
        [f.Total, f.OnSchedule, f.Behind, f.Delivered, f.DeliveredOnTime, f.Rated, f.Late.Count];

    private static string Canonical(IReadOnlyList<TrackedProject> projects, DateOnly asOf) => string.Join(" | ",
        Canonical(ProjectReport.Overall(projects, asOf)),
        string.Join("; ", ProjectReport.ByDepartment(projects, asOf).Select(g => g.Name + " " + Canonical(g.Figures))));

    private static string Canonical(ProjectFigures f) =>
        string.Join(" ", f with { Grades = [], Late = [] }, string.Join(",", f.Grades), string.Join(",", f.Late));
}
