using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Projects;

/// <summary>
/// 监督 (RULES.md "民生实事: the whole cycle"): the secretariat sets an adopted project's deadline, milestones and
/// supervision group; the lead department reports progress and delivery; a deputy of the group, or the secretariat
/// for them, records inspections. Reports and inspections are appended, never changed.
/// </summary>
public sealed class ProjectTracking(GroupCommitWriter writer, CurrentActor actor, TimeProvider clock)
{
    public async Task PlanAsync(int termId, int projectId, ProjectPlanRequest request)
    {
        var milestones = request.Milestones ?? [];
        if (milestones.Any(m => string.IsNullOrWhiteSpace(m.Name))) throw VenueErrors.Invalid("每个节点都要有名称。");
        if (milestones.Any(m => m.DueOn > request.DeadlineOn)) throw VenueErrors.Invalid("节点的时间不能晚于项目的完成期限。");
        var who = actor.Value;
        await writer.WriteAsync(tx =>
        {
            var project = Load(tx, termId, projectId);
            if (project.DeliveredOn is not null) throw VenueErrors.ProjectState("项目已经完成，不能再改变计划。");
            var supervisors = (request.Supervisors ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(n => tx.Db.TermDeputies.SingleByNumber(termId, n)).ToList();
            project.DeadlineOn = request.DeadlineOn;
            // Milestones already done are kept as they were; the rest are the plan's.
            project.Milestones.RemoveAll(m => m.DoneOn is null);
            project.Milestones.AddRange(milestones.Select(m => new ProjectMilestone { Name = m.Name.Trim(), DueOn = m.DueOn }));
            project.Supervisors.Clear();
            project.Supervisors.AddRange(supervisors.Select(d => new ProjectSupervisor { TermDeputyId = d.Id }));
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProjectPlanned,
                $"项目“{project.Title}”：完成期限{request.DeadlineOn:yyyy年M月d日}，节点{milestones.Count}个，监督小组代表{supervisors.Count}名");
            return true;
        });
    }

    public async Task ReportAsync(int termId, int projectId, Caller department, ProgressReportRequest request)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0) throw VenueErrors.Invalid("请填写进展情况。");
        if (request.PercentDone is < 0 or > 100) throw VenueErrors.Invalid("完成进度应为0至100。");
        if (request.Delivered && request.PercentDone != 100) throw VenueErrors.Invalid("项目完成时，完成进度应为100。");
        var who = actor.Value;
        var today = ChinaTime.Date(clock.GetUtcNow());
        await writer.WriteAsync(tx =>
        {
            var project = Load(tx, termId, projectId);
            if (project.LeadDepartmentId != department.DepartmentId) throw VenueErrors.NotFound($"本单位承办的第{projectId}号民生实事项目");
            if (project.DeliveredOn is not null) throw VenueErrors.ProjectState("项目已经报告完成。");
            var done = (request.MilestonesDone ?? []).ToHashSet();
            if (done.Except(project.Milestones.Select(m => m.Id)).Any()) throw VenueErrors.NotFound("部分节点");
            foreach (var milestone in project.Milestones.Where(m => done.Contains(m.Id) && m.DoneOn is null)) milestone.DoneOn = today;
            if (request.Delivered) project.DeliveredOn = today;
            project.Reports.Add(new ProgressReport { ReportedOn = today, By = department.Name, Text = text, PercentDone = request.PercentDone });
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProjectProgressReported,
                $"{department.Name}报告项目“{project.Title}”进展：完成{request.PercentDone}%" + (request.Delivered ? "，已完成" : ""));
            return true;
        });
    }

    /// <summary>An inspection by a deputy of the project's supervision group, or recorded by the secretariat.</summary>
    public async Task InspectAsync(int termId, int projectId, Caller caller, InspectionRequest request)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0) throw VenueErrors.Invalid("请填写视察情况。");
        var who = actor.Value;
        var today = ChinaTime.Date(clock.GetUtcNow());
        await writer.WriteAsync(tx =>
        {
            var project = Load(tx, termId, projectId);
            if (caller.Role == Role.TermDeputy && project.Supervisors.All(s => s.TermDeputyId != caller.TermDeputyId))
                throw VenueErrors.NotFound($"本人参加监督的第{projectId}号民生实事项目");
            var by = caller.Role == Role.TermDeputy ? $"代表{caller.Name}" : $"{caller.Name}（代为记录）";
            project.Inspections.Add(new ProjectInspection { InspectedOn = today, By = by, Text = text });
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProjectInspected, $"记录项目“{project.Title}”的视察情况");
            return true;
        });
    }

    private static LivelihoodProject Load(WriteTransaction tx, int termId, int projectId) =>
        tx.Db.LivelihoodProjects.Include(p => p.Milestones).Include(p => p.Supervisors).Include(p => p.Reports).Include(p => p.Inspections)
            .SingleOrDefault(p => p.Id == projectId && p.TermId == termId)
        ?? throw VenueErrors.NotFound($"编号为{projectId}的民生实事项目");
}
