using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.BetweenSittings;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Sittings;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Projects;

/// <summary>
/// Where the register meets the sittings (RULES.md "民生实事: the whole cycle"): the candidate list becomes a draft 票决
/// ballot, the published result adopts its projects, the next sitting's 测评 is made from a year's projects in one
/// step, and its published grades are written back. Only published results are read: what the register keeps is
/// what the scrutineers signed and the secretariat made public.
/// </summary>
public sealed class ProjectLifecycle(
    GroupCommitWriter writer, CurrentActor actor, TimeProvider clock, IHubContext<VenueHub, IVenueClient> hub, SittingQueries sittings)
{
    public async Task<BallotView> CreateCandidateListAsync(Term term, CandidateListRequest request)
    {
        if (request.Kind is not (BallotKind.ProjectSelection or BallotKind.ProjectApproval))
            throw VenueErrors.Invalid("民生实事项目票决的方式应为 project-selection（差额选择）或 project-approval（逐项表决）。");
        var ids = (request.ProposalIds ?? []).Distinct().ToList();
        var margin = new CandidateMargin(term.ExtraCandidates, term.CandidatePercent);
        if (margin.Refusal(request.Places, ids.Count) is { } refusal) throw VenueErrors.Invalid(refusal);
        return await PutOnAgendaAsync(request.SittingId, tx =>
        {
            var proposals = tx.Db.ProjectProposals.Where(p => p.TermId == term.Id && ids.Contains(p.Id)).ToList();
            if (proposals.Count != ids.Count) throw VenueErrors.NotFound("名单中的部分项目建议");
            if (proposals.FirstOrDefault(p => p.Screening != ProposalScreening.Accepted || p.BallotId is not null) is { } unfit)
                throw VenueErrors.ProjectState($"第{unfit.Id}号项目建议“{unfit.Title}”" + (unfit.BallotId is null ? "未通过初选。" : "已列入另一次票决。"));
            if (proposals.Select(p => p.Year).Distinct().Count() > 1) throw VenueErrors.Invalid("一次票决的候选项目应属于同一年度。");
            var ordered = ids.Select(id => proposals.Single(p => p.Id == id)).ToList();
            var year = ordered[0].Year;
            return (ordered, new CreateBallotRequest(
                request.Title?.Trim() is { Length: > 0 } title ? title : $"{year}年度民生实事项目票决",
                [.. ordered.Select(p => new NewItem(p.Title, p.Description, p.BudgetWan, p.LeadDepartment))], request.Kind, request.Places));
        },
        (proposal, ballot, item) => (proposal.BallotId, proposal.BallotItemId) = (ballot.Id, item.Id),
        AuditAction.CandidateListCreated,
        (rows, ballot) => $"以{rows.Count}个候选项目（应选{request.Places}个）将“{ballot.Title}”列入议程第{ballot.AgendaPosition}项");
    }

    /// <summary>The projects the published last round of a candidate list's 票决 adopted, each a project of the register.</summary>
    public async Task<int> AdoptAsync(Term term, AdoptProjectsRequest request)
    {
        var who = actor.Value;
        var today = ChinaTime.Date(clock.GetUtcNow());
        return await writer.WriteAsync(tx =>
        {
            var (ballot, result) = Published(tx, request.BallotId);
            if (ballot.Kind is not (BallotKind.ProjectSelection or BallotKind.ProjectApproval)) throw VenueErrors.ProjectState("这不是民生实事项目票决。");
            var first = FirstRound(tx, ballot);
            var proposals = tx.Db.ProjectProposals.Where(p => p.TermId == term.Id && p.BallotId == first.Id).ToDictionary(p => p.BallotItemId!.Value);
            if (proposals.Count == 0) throw VenueErrors.ProjectState("这次票决的候选项目不是从本届项目库列入的。");
            if (tx.Db.LivelihoodProjects.Any(p => p.BallotId == first.Id)) throw VenueErrors.ProjectState("这次票决确定的项目已经登记。");
            var adopted = result.FinalAdopted?.Select(a => a.ItemId)
                ?? result.Items.Where(i => result.Adopted.Contains(i.ItemId)).Select(i => i.OriginItemId ?? i.ItemId);
            var departments = tx.Db.Departments.Where(d => d.TermId == term.Id).ToDictionary(d => d.Name, StringComparer.Ordinal);
            var count = 0;
            foreach (var itemId in adopted)
            {
                var proposal = proposals[itemId];
                var lead = departments.GetValueOrDefault(proposal.LeadDepartment)
                    ?? throw VenueErrors.ProjectState($"项目“{proposal.Title}”的承办单位“{proposal.LeadDepartment}”不在本届承办单位名单中，请先添加。");
                tx.Db.LivelihoodProjects.Add(new LivelihoodProject
                {
                    TermId = term.Id, Year = proposal.Year, ProposalId = proposal.Id, Title = proposal.Title, Description = proposal.Description,
                    Place = proposal.Place, BudgetWan = proposal.BudgetWan, LeadDepartmentId = lead.Id, AdoptedOn = today,
                    DeadlineOn = request.DeadlineOn ?? new DateOnly(proposal.Year, 12, 31), BallotId = first.Id, BallotItemId = itemId,
                });
                count++;
            }
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProjectsAdopted,
                $"据已公布的“{ballot.Title}”结果，登记{count}个民生实事项目", ballot.SittingId, ballot.Id);
            return count;
        });
    }

    /// <summary>The next sitting's 满意度测评 of a year's projects, one target per project, as a draft on its agenda.</summary>
    public async Task<BallotView> CreateAppraisalAsync(Term term, ProjectAppraisalRequest request) =>
        await PutOnAgendaAsync(request.SittingId, tx =>
        {
            var projects = tx.Db.LivelihoodProjects.Where(p => p.TermId == term.Id && p.Year == request.Year).OrderBy(p => p.Id).ToList();
            if (projects.Count == 0) throw VenueErrors.ProjectState($"本届没有{request.Year}年度的民生实事项目。");
            if (projects.Any(p => p.AppraisalBallotId is not null)) throw VenueErrors.ProjectState($"{request.Year}年度的民生实事项目已列入测评。");
            var departments = tx.Db.Departments.Where(d => d.TermId == term.Id).ToDictionary(d => d.Id, d => d.Name);
            return (projects, new CreateBallotRequest(
                request.Title?.Trim() is { Length: > 0 } title ? title : $"{request.Year}年度民生实事项目实施情况满意度测评",
                [.. projects.Select(p => new NewItem(p.Title, p.Description, p.BudgetWan, departments[p.LeadDepartmentId]))], BallotKind.Satisfaction));
        },
        (project, ballot, item) => (project.AppraisalBallotId, project.AppraisalItemId) = (ballot.Id, item.Id),
        AuditAction.ProjectAppraisalCreated,
        (rows, ballot) => $"将{request.Year}年度{rows.Count}个民生实事项目的满意度测评列入议程第{ballot.AgendaPosition}项");

    /// <summary>Each project's certified grade from the published 测评 (the presidium's where the votes lay on the threshold).</summary>
    public async Task<int> WriteBackGradesAsync(Term term, WriteBackGradesRequest request)
    {
        var who = actor.Value;
        return await writer.WriteAsync(tx =>
        {
            var (ballot, result) = Published(tx, request.BallotId);
            var projects = tx.Db.LivelihoodProjects.Where(p => p.TermId == term.Id && p.AppraisalBallotId == ballot.Id).ToList();
            if (projects.Count == 0) throw VenueErrors.ProjectState("这次表决不是本届民生实事项目的满意度测评。");
            var decided = (result.GradeDecisions ?? []).ToDictionary(g => g.ItemId, g => g.GradeLabel);
            foreach (var project in projects)
            {
                var item = result.Items.Single(i => i.ItemId == project.AppraisalItemId);
                project.Grade = decided.GetValueOrDefault(item.ItemId) ?? item.GradeLabel
                    ?? throw VenueErrors.ProjectState($"项目“{project.Title}”的测评等次尚待主席团决定。");
            }
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProjectGradesWritten,
                $"将“{ballot.Title}”的测评等次记入{projects.Count}个民生实事项目", ballot.SittingId, ballot.Id);
            return projects.Count;
        });
    }

    /// <summary>
    /// A draft ballot made from register rows, appended to a sitting's agenda with each row linked to its item (in
    /// the rows' order), audited, and announced to the sitting's staff pages.
    /// </summary>
    private async Task<BallotView> PutOnAgendaAsync<TRow>(
        int sittingId, Func<WriteTransaction, (List<TRow> Rows, CreateBallotRequest Ballot)> choose, Action<TRow, Ballot, BallotItem> link,
        AuditAction action, Func<List<TRow>, Ballot, string> description)
    {
        await sittings.GetAsync(sittingId);
        var who = actor.Value;
        var ballot = await writer.WriteAsync(tx =>
        {
            var (rows, request) = choose(tx);
            var created = BallotDefinition.ToEntity(sittingId, request);
            Agenda.Append(tx, created);
            foreach (var (row, item) in rows.Zip(created.Items.OrderBy(i => i.Position))) link(row, created, item);
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), action, description(rows, created), sittingId, created.Id);
            return created;
        });
        await hub.Clients.Group(VenueGroups.Staff(sittingId)).AgendaChanged(sittingId);
        return ballot.ToView();
    }

    /// <summary>A counted, published ballot that no later round follows, with its certified result.</summary>
    private static (Ballot Ballot, BallotResultView Result) Published(WriteTransaction tx, int ballotId)
    {
        var ballot = tx.Db.Ballots.AsNoTracking().Include(b => b.GradeDecisions).Include(b => b.ShortfallDecision)
            .SingleOrDefault(b => b.Id == ballotId) ?? throw VenueErrors.NotFound($"编号为{ballotId}的表决");
        if (ResultStore.Read(ballot) is not { } result || !tx.Db.Notices.Any(n => n.BallotId == ballotId))
            throw VenueErrors.ProjectState("这次表决的结果尚未公告，公告后才能记入项目库。");
        if (tx.Db.Ballots.Any(b => b.PreviousBallotId == ballotId)) throw VenueErrors.ProjectState("这次表决之后还有下一轮，请以最后一轮的结果记入。");
        return (ballot, result);
    }

    private static Ballot FirstRound(WriteTransaction tx, Ballot ballot)
    {
        while (ballot.PreviousBallotId is { } previous) ballot = tx.Db.Ballots.AsNoTracking().Single(b => b.Id == previous);
        return ballot;
    }
}
