using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.BetweenSittings;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Projects;

/// <summary>
/// Reads the register as the caller may see it: staff every project; a department those it leads; a deputy those whose
/// supervision group they are in; the public page every project, without anyone's name or telephone. Progress and the
/// figures are src/Tally's.
/// </summary>
public sealed class ProjectQueries(VenueDbContext db, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Date(clock.GetUtcNow());

    public async Task<List<ProposalView>> ProposalsAsync(int termId, int? year) =>
        [.. (await db.ProjectProposals.AsNoTracking().Where(p => p.TermId == termId && (year == null || p.Year == year))
            .OrderBy(p => p.Id).ToListAsync()).Select(p => p.ToView())];

    /// <summary>The projects with where each stands on <paramref name="asOf"/> (today when null).</summary>
    public async Task<List<ProjectView>> ListAsync(int termId, Caller caller, int? year, DateOnly? asOf = null)
    {
        var (projects, departments, deputies) = await LoadAsync(termId, caller, year);
        return [.. projects.Select(p => p.ToView(departments, deputies, asOf ?? Today))];
    }

    public async Task<ProjectHistoryView> HistoryAsync(int termId, int projectId, Caller caller)
    {
        var (projects, departments, deputies) = await LoadAsync(termId, caller, null, projectId);
        var project = projects.SingleOrDefault() ?? throw VenueErrors.NotFound($"编号为{projectId}的民生实事项目");
        var proposal = project.ProposalId is { } pid ? await db.ProjectProposals.AsNoTracking().SingleAsync(p => p.Id == pid) : null;
        // A proposer's telephone is for the secretariat only.
        var proposalView = proposal?.ToView() is { } view && caller.Role != Role.Secretariat ? view with { SubmitterPhone = null } : proposal?.ToView();
        return new ProjectHistoryView(
            project.ToView(departments, deputies, Today), proposalView,
            await LinkAsync(project.BallotId), [.. project.Reports.OrderBy(r => r.Id).Select(r => new ProgressReportView(r.ReportedOn, r.By, r.Text, r.PercentDone))],
            [.. project.Inspections.OrderBy(i => i.Id).Select(i => new InspectionView(i.InspectedOn, i.By, i.Text))],
            project.AppraisalBallotId is { } appraisal ? await LinkAsync(appraisal) : null);
    }

    public async Task<ProjectDashboard> DashboardAsync(int termId, Caller caller, int year, DateOnly? asOf)
    {
        var day = asOf ?? Today;
        var (projects, departments, _) = await LoadAsync(termId, caller, year);
        var tracked = projects.Select(p => p.ToTracked(departments)).ToList();
        var overall = ProjectReport.Overall(tracked, day);
        return new ProjectDashboard(day, year, overall.ToView(),
            [.. ProjectReport.ByDepartment(tracked, day).Select(g => new NamedProjectFigures(g.Name, g.Figures.ToView()))],
            [.. overall.Late.Select(l => new LateProjectView(l.Id, l.Title, l.LeadDepartment, HandlingWording.Of(l.Progress), l.DueOn, l.DaysLate))]);
    }

    public async Task<List<PublicProjectView>> PublicAsync(int termId, int? year)
    {
        var (projects, departments, deputies) = await LoadAsync(termId, null, year);
        return [.. projects.Select(p => p.ToView(departments, deputies, Today)).Select(v => new PublicProjectView(
            v.Id, v.Year, v.Title, v.Place, v.BudgetWan, v.LeadDepartment, v.DeadlineOn, v.ProgressLabel, v.PercentDone, v.Grade))];
    }

    private async Task<BallotLink> LinkAsync(int ballotId) =>
        await (from b in db.Ballots.AsNoTracking()
               join s in db.Sittings.AsNoTracking() on b.SittingId equals s.Id
               where b.Id == ballotId
               select new BallotLink(b.Id, s.Id, s.Name, b.Title, b.State)).SingleAsync();

    /// <summary>The projects <paramref name="caller"/> may see (all of them for the public page, a null caller).</summary>
    private async Task<(List<LivelihoodProject>, Dictionary<int, string>, Dictionary<int, TermDeputy>)> LoadAsync(
        int termId, Caller? caller, int? year, int? projectId = null)
    {
        var query = db.LivelihoodProjects.AsNoTracking().AsSplitQuery()
            .Include(p => p.Milestones).Include(p => p.Supervisors).Include(p => p.Reports).Include(p => p.Inspections)
            .Where(p => p.TermId == termId && (year == null || p.Year == year) && (projectId == null || p.Id == projectId));
        query = caller?.Role switch
        {
            null => query,
            Role.Department => query.Where(p => p.LeadDepartmentId == caller.DepartmentId),
            Role.TermDeputy => query.Where(p => p.Supervisors.Any(s => s.TermDeputyId == caller.TermDeputyId)),
            _ when caller.IsStaff => query,
            _ => throw VenueErrors.Forbidden(),
        };
        var projects = await query.OrderBy(p => p.Year).ThenBy(p => p.Id).ToListAsync();
        var departments = await db.Departments.AsNoTracking().Where(d => d.TermId == termId).ToDictionaryAsync(d => d.Id, d => d.Name);
        var supervisorIds = projects.SelectMany(p => p.Supervisors).Select(s => s.TermDeputyId).Distinct().ToList();
        var deputies = await db.TermDeputies.AsNoTracking().Where(d => supervisorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
        return (projects, departments, deputies);
    }
}
