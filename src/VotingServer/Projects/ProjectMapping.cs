using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.BetweenSittings;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Suggestions;

namespace PeoplesCongress.VotingServer.Projects;

public static class ProjectMapping
{
    public static ProposalView ToView(this ProjectProposal p) => new(
        p.Id, p.Year, p.Title, p.Description, p.Place, p.BudgetWan, p.LeadDepartment, p.Source, p.SubmitterName, p.SubmitterPhone,
        p.SubmittedAt, p.Screening, p.ScreeningNote, p.BallotId);

    public static TrackedProject ToTracked(this LivelihoodProject p, IReadOnlyDictionary<int, string> departments) => new(
        p.Id, p.Title, departments[p.LeadDepartmentId], p.DeadlineOn, p.DeliveredOn,
        [.. p.Milestones.OrderBy(m => m.DueOn).Select(m => new Milestone(m.Name, m.DueOn, m.DoneOn))], p.Grade);

    public static ProjectView ToView(
        this LivelihoodProject p, IReadOnlyDictionary<int, string> departments, IReadOnlyDictionary<int, TermDeputy> deputies, DateOnly today)
    {
        var progress = ProjectReport.ProgressOf(p.ToTracked(departments), today);
        var percent = p.DeliveredOn is not null ? 100 : p.Reports.OrderBy(r => r.Id).LastOrDefault()?.PercentDone ?? 0;
        return new ProjectView(
            p.Id, p.Year, p.Title, p.Description, p.Place, p.BudgetWan, departments[p.LeadDepartmentId], p.AdoptedOn, p.DeadlineOn, p.DeliveredOn,
            progress.Wire(), HandlingWording.Of(progress), percent, p.Grade,
            [.. p.Milestones.OrderBy(m => m.DueOn).ThenBy(m => m.Id).Select(m => new MilestoneView(m.Id, m.Name, m.DueOn, m.DoneOn))],
            [.. p.Supervisors.Select(s => deputies.TryGetValue(s.TermDeputyId, out var d) ? d.Name : "").Order(StringComparer.Ordinal)]);
    }

    /// <summary>The progress as the wire names it: on-schedule, behind, delivered, delivered-late.</summary>
    public static string Wire(this ProjectProgress progress) => progress switch
    {
        ProjectProgress.OnSchedule => "on-schedule",
        ProjectProgress.Behind => "behind",
        ProjectProgress.Delivered => "delivered",
        _ => "delivered-late",
    };

    public static ProjectFiguresView ToView(this ProjectFigures f) => new(
        f.Total, f.OnSchedule, f.Behind, f.Delivered, f.DeliveredOnTime, f.DeliveredRate.ToView(), f.OnTimeRate.ToView(),
        f.Rated, [.. f.Grades.Select(g => new GradeCountView(g.Grade, g.Count))]);
}
