using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Suggestions;

/// <summary>
/// The suggestion cycle's writes (RULES.md "Between sittings"): a deputy submits, the secretariat assigns (交办), the
/// lead department answers with its class, the deputy who made it rates; 不满意 opens a round of 重新办理 with its own
/// deadline in the same write. Each step checks the state it needs inside the write, so two racing steps cannot both
/// succeed, and records who did it.
/// </summary>
public sealed class SuggestionDesk(GroupCommitWriter writer, CurrentActor actor, TimeProvider clock)
{
    public async Task<int> SubmitAsync(int termId, Caller caller, SubmitSuggestionRequest request)
    {
        var title = request.Title?.Trim() ?? "";
        var content = request.Content?.Trim() ?? "";
        if (title.Length == 0) throw VenueErrors.Invalid($"请填写建议标题（不超过{Limits.SuggestionTitle}字）。");
        if (content.Length == 0) throw VenueErrors.Invalid("请填写建议内容。");
        var who = actor.Value;
        return await writer.WriteAsync(tx =>
        {
            var author = caller.Role == Role.TermDeputy
                ? tx.Db.TermDeputies.Single(d => d.Id == caller.TermDeputyId)
                : tx.Db.TermDeputies.SingleByNumber(termId, request.DeputyNumber
                    ?? throw VenueErrors.Invalid("秘书处代为登记建议时，请填写领衔代表的代表证号（deputyNumber）。"));
            if (author.Status != DeputyStatus.Current) throw VenueErrors.DeputyNotCurrent();
            var signers = CoSigners(tx, termId, author, request.CoSigners);
            var suggestion = new Suggestion
            {
                TermId = termId, Number = NextNumber(Numbers(tx, termId)), Title = title, Content = content, TermDeputyId = author.Id,
                StationId = author.StationId, SubmittedAt = clock.GetUtcNow(),
                CoSigners = [.. signers.Select(s => new SuggestionSigner { TermDeputyId = s.Id })],
            };
            tx.Db.Suggestions.Add(suggestion);
            tx.Save();
            AuditTrail.Record(tx, who, suggestion.SubmittedAt, AuditAction.SuggestionSubmitted,
                $"登记代表{author.Number} {author.Name}的第{suggestion.Number}号建议“{title}”" + (signers.Count > 0 ? $"（联名{signers.Count}人）" : ""));
            return suggestion.Id;
        });
    }

    /// <summary>交办, or 改办 while the first answer is not in: the deadline still counts from the first assignment.</summary>
    public async Task AssignAsync(int termId, int suggestionId, AssignSuggestionRequest request, Term term)
    {
        var who = actor.Value;
        var today = ChinaTime.Date(clock.GetUtcNow());
        await writer.WriteAsync(tx =>
        {
            var suggestion = Load(tx, termId, suggestionId);
            if (suggestion.Rounds.Any(r => r.AnsweredOn is not null))
                throw VenueErrors.SuggestionState("承办单位已经答复，不能再改变交办。");
            var lead = Department(tx, termId, request.LeadDepartmentId);
            var co = (request.CoDepartmentIds ?? []).Distinct().Where(id => id != lead.Id).Select(id => Department(tx, termId, id)).ToList();
            suggestion.LeadDepartmentId = lead.Id;
            suggestion.Difficult = request.Difficult;
            suggestion.CoDepartments.Clear();
            suggestion.CoDepartments.AddRange(co.Select(d => new SuggestionCoDepartment { DepartmentId = d.Id }));
            var first = suggestion.Rounds.SingleOrDefault();
            var assignedOn = first?.AssignedOn ?? today;
            var due = term.Deadlines().FirstDue(assignedOn, request.Difficult);
            if (first is null) suggestion.Rounds.Add(new SuggestionRound { Round = 1, AssignedOn = assignedOn, DueOn = due });
            else first.DueOn = due;
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.SuggestionAssigned,
                $"第{suggestion.Number}号建议{(first is null ? "交办" : "改办")}{lead.Name}" + (co.Count > 0 ? $"，会办{string.Join("、", co.Select(d => d.Name))}" : "")
                + $"，{due:yyyy年M月d日}前答复");
            return true;
        });
    }

    public async Task AnswerAsync(int termId, int suggestionId, Caller department, AnswerSuggestionRequest request)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0) throw VenueErrors.Invalid("请填写答复内容。");
        if (!Enum.IsDefined(request.Class)) throw VenueErrors.Invalid("答复类别应为 A、B 或 C。");
        var who = actor.Value;
        await writer.WriteAsync(tx =>
        {
            var suggestion = Load(tx, termId, suggestionId);
            if (suggestion.LeadDepartmentId != department.DepartmentId)
                throw VenueErrors.NotFound($"交由本单位主办的第{suggestionId}号建议");
            var round = suggestion.LastRound() is { AnsweredOn: null } open ? open
                : throw VenueErrors.SuggestionState("这件建议目前没有待答复的办理，不能再次答复。");
            (round.AnsweredOn, round.AnswerClass, round.Answer, round.AnsweredBy) =
                (ChinaTime.Date(clock.GetUtcNow()), request.Class, text, department.Name);
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.SuggestionAnswered,
                $"{department.Name}答复第{suggestion.Number}号建议（第{round.Round}次办理，{request.Class.Wire()}类）");
            return true;
        });
    }

    /// <summary>The named rating of the deputy who made the suggestion; 不满意 needs a reason and sends it back.</summary>
    public async Task RateAsync(int termId, int suggestionId, Caller deputy, RateSuggestionRequest request, Term term)
    {
        if (!Enum.IsDefined(request.Rating)) throw VenueErrors.Invalid("评价应为满意、基本满意或不满意。");
        var comment = request.Comment?.Trim() ?? "";
        if (request.Rating == HandlingRatingCode.Dissatisfied && comment.Length == 0)
            throw VenueErrors.Invalid("请写明不满意的理由，承办单位将据此重新办理。");
        var who = actor.Value;
        var today = ChinaTime.Date(clock.GetUtcNow());
        await writer.WriteAsync(tx =>
        {
            var suggestion = Load(tx, termId, suggestionId);
            if (suggestion.TermDeputyId != deputy.TermDeputyId) throw VenueErrors.NotFound($"本人领衔的第{suggestionId}号建议");
            var round = suggestion.LastRound() is { AnsweredOn: not null, Rating: null } answered ? answered
                : throw VenueErrors.SuggestionState("这件建议目前没有待评价的答复。");
            (round.RatedOn, round.Rating, round.Comment) = (today, request.Rating, comment.Length > 0 ? comment : null);
            var sentBack = request.Rating == HandlingRatingCode.Dissatisfied && round.Round == 1;
            if (sentBack)
                suggestion.Rounds.Add(new SuggestionRound { Round = 2, AssignedOn = today, DueOn = term.Deadlines().RehandleDue(today) });
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.SuggestionRated,
                $"代表对第{suggestion.Number}号建议第{round.Round}次办理作出评价" + (sentBack ? "，转重新办理" : ""));
            return true;
        });
    }

    private static HashSet<string> Numbers(WriteTransaction tx, int termId) =>
        tx.Db.Suggestions.Where(s => s.TermId == termId).Select(s => s.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static Suggestion Load(WriteTransaction tx, int termId, int suggestionId) =>
        tx.Db.Suggestions.Include(s => s.Rounds).Include(s => s.CoDepartments)
            .SingleOrDefault(s => s.Id == suggestionId && s.TermId == termId)
        ?? throw VenueErrors.NotFound($"编号为{suggestionId}的建议");

    private static Department Department(WriteTransaction tx, int termId, int departmentId) =>
        tx.Db.Departments.SingleOrDefault(d => d.Id == departmentId && d.TermId == termId)
        ?? throw VenueErrors.NotFound($"编号为{departmentId}的承办单位");

    private static List<TermDeputy> CoSigners(WriteTransaction tx, int termId, TermDeputy author, IReadOnlyList<string>? numbers)
    {
        var signers = new List<TermDeputy>();
        foreach (var number in (numbers ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var signer = tx.Db.TermDeputies.SingleByNumber(termId, number);
            if (signer.Id != author.Id) signers.Add(signer);
        }
        return signers;
    }

    /// <summary>The next free number, 001, 002, …, taken into <paramref name="taken"/>; numbers an import brought are skipped.</summary>
    internal static string NextNumber(HashSet<string> taken)
    {
        var next = 1;
        while (taken.Contains(Format(next))) next++;
        taken.Add(Format(next));
        return Format(next);
    }

    private static string Format(int n) => n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
