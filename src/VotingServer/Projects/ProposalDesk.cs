using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Projects;

/// <summary>
/// 征集 and 初选 (RULES.md "民生实事: the whole cycle"): proposals come from the public form while the secretariat has it
/// open for a year, or from the secretariat itself for any source; the secretariat accepts or rejects each, until it
/// is put on a ballot.
/// </summary>
public sealed class ProposalDesk(GroupCommitWriter writer, CurrentActor actor, TimeProvider clock)
{
    /// <summary>A proposal from the public form: for the year being gathered, or refused while the form is closed.</summary>
    public async Task<ProposalReceived> ReceivePublicAsync(Term term, SubmitProposalRequest request)
    {
        if (term.CollectingYear is not { } year) throw VenueErrors.ProjectState("目前没有在征集民生实事项目，请留意公告的征集时间。");
        if (string.IsNullOrWhiteSpace(request.SubmitterName) || string.IsNullOrWhiteSpace(request.SubmitterPhone))
            throw VenueErrors.Invalid("请留下您的姓名和联系电话，以便工作人员联系您（不会公开）。");
        var proposal = New(term.Id, year, request, ProposalSources.Public);
        await writer.WriteAsync(tx =>
        {
            tx.Db.ProjectProposals.Add(proposal);
            tx.Save();
            AuditTrail.Record(tx, new Actor(null, null, "群众（征集表）", actor.Value.Address), proposal.SubmittedAt, AuditAction.ProposalReceived,
                $"收到{year}年民生实事项目建议第{proposal.Id}号“{proposal.Title}”");
            return proposal;
        });
        return new ProposalReceived(proposal.Id, year, proposal.Title);
    }

    /// <summary>A proposal the secretariat enters: from a department, a deputy, a station, or the public on paper.</summary>
    public async Task<int> EnterAsync(Term term, int year, SubmitProposalRequest request)
    {
        var source = request.Source ?? ProposalSources.Department;
        if (!ProposalSources.All.Contains(source)) throw VenueErrors.Invalid($"来源应为 {string.Join("、", ProposalSources.All)} 之一。");
        var proposal = New(term.Id, year, request, source);
        var who = actor.Value;
        await writer.WriteAsync(tx =>
        {
            tx.Db.ProjectProposals.Add(proposal);
            tx.Save();
            AuditTrail.Record(tx, who, proposal.SubmittedAt, AuditAction.ProposalReceived, $"登记{year}年民生实事项目建议第{proposal.Id}号“{proposal.Title}”");
            return proposal;
        });
        return proposal.Id;
    }

    /// <summary>Proposals from a file (<see cref="ProposalFile"/>) for <paramref name="year"/>: every row or none.</summary>
    public async Task<int> ImportAsync(Term term, int year, byte[] file)
    {
        var (rows, errors) = ProposalFile.Read(file);
        if (errors.Count > 0) throw VenueErrors.ProposalsInvalid(errors);
        var proposals = rows.Select(r => New(term.Id, year, r, r.Source!)).ToList();
        var who = actor.Value;
        await writer.WriteAsync(tx =>
        {
            tx.Db.ProjectProposals.AddRange(proposals);
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProposalReceived, $"导入{year}年民生实事项目建议{proposals.Count}项");
            return true;
        });
        return proposals.Count;
    }

    public async Task ScreenAsync(int termId, int proposalId, ScreenProposalRequest request)
    {
        if (request.Screening == ProposalScreening.Pending || !Enum.IsDefined(request.Screening))
            throw VenueErrors.Invalid("初选结果应为 accepted（列入）或 rejected（不列入）。");
        var note = request.Note?.Trim() ?? "";
        if (request.Screening == ProposalScreening.Rejected && note.Length == 0) throw VenueErrors.Invalid("不列入的项目请写明理由。");
        var who = actor.Value;
        await writer.WriteAsync(tx =>
        {
            var proposal = tx.Db.ProjectProposals.SingleOrDefault(p => p.Id == proposalId && p.TermId == termId)
                ?? throw VenueErrors.NotFound($"编号为{proposalId}的项目建议");
            if (proposal.BallotId is not null) throw VenueErrors.ProjectState("该项目已列入票决，不能再改变初选结果。");
            proposal.Screening = request.Screening;
            proposal.ScreeningNote = note;
            if (request.LeadDepartment?.Trim() is { Length: > 0 } lead) proposal.LeadDepartment = lead;
            if (request.BudgetWan is { } budget) proposal.BudgetWan = Budget(budget);
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProposalScreened,
                $"初选：第{proposal.Id}号项目建议“{proposal.Title}”{(request.Screening == ProposalScreening.Accepted ? "列入候选" : "不列入")}");
            return true;
        });
    }

    public async Task SetCollectionAsync(int termId, int? year)
    {
        if (year is < 2000 or > 2200) throw VenueErrors.Invalid("征集年度应为四位数的年份，例如2027。");
        var who = actor.Value;
        await writer.WriteAsync(tx =>
        {
            var term = tx.Db.Terms.Single(t => t.Id == termId);
            term.CollectingYear = year;
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.ProposalCollectionChanged,
                year is { } y ? $"开始公开征集{y}年民生实事项目" : "结束公开征集民生实事项目");
            return true;
        });
    }

    private ProjectProposal New(int termId, int year, SubmitProposalRequest request, string source)
    {
        var title = request.Title?.Trim() ?? "";
        var description = request.Description?.Trim() ?? "";
        if (title.Length == 0) throw VenueErrors.Invalid($"请填写项目名称（不超过{Limits.ItemName}字）。");
        if (description.Length == 0) throw VenueErrors.Invalid("请简要说明项目内容：做什么、在哪里、惠及多少群众。");
        return new ProjectProposal
        {
            TermId = termId, Year = year, Title = title, Description = description, Place = request.Place?.Trim() ?? "",
            BudgetWan = request.BudgetWan is { } budget ? Budget(budget) : null, LeadDepartment = request.LeadDepartment?.Trim() ?? "",
            Source = source, SubmitterName = request.SubmitterName?.Trim() ?? "", SubmitterPhone = request.SubmitterPhone?.Trim(),
            SubmittedAt = clock.GetUtcNow(), Screening = ProposalScreening.Pending,
        };
    }

    private static decimal Budget(decimal wan) =>
        wan is >= 0 and <= 10_000_000 ? decimal.Round(wan, 2) : throw VenueErrors.Invalid("估算投资应为0至1000亿元之间，以万元计。");
}
