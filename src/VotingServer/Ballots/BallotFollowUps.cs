using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// What the presidium does after a count (RULES.md "Tie at the cut-off", "Fewer than N pass"): a run-off among the
/// tied projects, a repeated vote, or its decision on a shortfall. Each new round is a new ballot on the agenda
/// that points back at the earlier one, which stays on record unchanged. Every decision is a row of its own, checked
/// and written in one step, and the database allows one round and one decision per ballot.
/// </summary>
public sealed class BallotFollowUps(GroupCommitWriter writer, TimeProvider clock, CurrentActor actor)
{
    public Task<BallotView> RunOffAsync(int ballotId) => writer.WriteAsync(tx =>
    {
        var (ballot, result) = Closed(tx, ballotId);
        if (result.RunOff is not { } runOff) throw VenueErrors.NoDecisionNeeded("该表决没有得票相等、需要再次投票的项目。");
        var round = CreateRound(tx, ballot, BallotRelations.RunOff, runOff.PlacesLeft, runOff.ItemIds);
        Record(tx, AuditAction.FollowUpCreated, $"就“{ballot.Title}”得票相等的{runOff.ItemIds.Count}个项目安排再次投票（第{round.Round}轮）", ballot, round.Id);
        return round.ToView();
    });

    public Task<BallotView> RepeatAsync(int ballotId) => writer.WriteAsync(tx =>
    {
        var (ballot, _) = Closed(tx, ballotId);
        var round = CreateRound(tx, ballot, BallotRelations.Repeat, ballot.Places, ballot.Items.Select(i => i.Id).ToList());
        Record(tx, AuditAction.FollowUpCreated, $"决定“{ballot.Title}”重新表决（第{round.Round}轮）", ballot, round.Id);
        return round.ToView();
    });

    public Task<BallotResultView> DecideShortfallAsync(int ballotId, ShortfallDecisionRequest request) => writer.WriteAsync(tx =>
    {
        var (ballot, result) = Closed(tx, ballotId);
        if (result.Shortfall is not { } shortfall) throw VenueErrors.NoDecisionNeeded("该表决获得通过的项目不少于应选数，无需主席团决定。");
        if (ballot.ShortfallDecision is not null) throw VenueErrors.NoDecisionNeeded("主席团已对该表决作出决定。");
        if (!ShortfallDecisions.All.Contains(request.Decision))
            throw VenueErrors.Invalid($"决定“{request.Decision}”无效，应为 {string.Join("、", ShortfallDecisions.All)} 之一。");
        int? followUp = null;
        if (request.Decision == ShortfallDecisions.FurtherBallot)
        {
            var remaining = result.Items.Where(i => i.Outcome != ProjectOutcomes.Adopted).Select(i => i.ItemId).ToList();
            followUp = CreateRound(tx, ballot, BallotRelations.FurtherBallot, shortfall.Places - shortfall.Adopted, remaining).Id;
        }
        var decision = new ShortfallDecision
        {
            BallotId = ballotId, Decision = request.Decision, Note = Note(request.Note), FollowUpBallotId = followUp,
            DecidedAt = clock.GetUtcNow(),
        };
        tx.Db.ShortfallDecisions.Add(decision);
        tx.Save();
        Record(tx, AuditAction.ShortfallDecided, $"主席团就“{ballot.Title}”通过项目不足作出决定：{request.Decision}" + (decision.Note is { Length: > 0 } n ? $"（{n}）" : ""), ballot, followUp);
        return result with { Decision = new PresidiumDecisionView(decision.Decision, decision.Note, followUp, decision.DecidedAt) };
    });

    /// <summary>
    /// RULES.md "Satisfaction appraisal": at exactly the threshold the published rule is ambiguous, so the
    /// presidium decides the grade between the two levels; the decision is recorded beside the certified figures.
    /// </summary>
    public Task<BallotResultView> DecideGradeAsync(int ballotId, GradeDecisionRequest request) => writer.WriteAsync(tx =>
    {
        var (ballot, result) = Closed(tx, ballotId);
        var item = result.Items.FirstOrDefault(i => i.ItemId == request.ItemId) ?? throw VenueErrors.NotFound($"编号为{request.ItemId}的测评对象");
        if (!item.ExactThreshold || item.GradeBetween is not { } between)
            throw VenueErrors.NoDecisionNeeded($"{item.Name}的测评等次已由规则确定，无需主席团决定。");
        if (ballot.GradeDecisions.Any(d => d.ItemId == item.ItemId)) throw VenueErrors.NoDecisionNeeded($"主席团已决定{item.Name}的测评等次。");
        var grade = BallotOptions.Parse(request.Grade, between)
            ?? throw VenueErrors.Invalid($"{item.Name}的测评等次只能在“{Label(item, between[0])}”与“{Label(item, between[1])}”之间决定。");
        tx.Db.GradeDecisions.Add(new GradeDecision
        {
            BallotId = ballotId, ItemId = item.ItemId, Grade = grade, GradeLabel = Label(item, grade),
            Note = Note(request.Note), DecidedAt = clock.GetUtcNow(),
        });
        tx.Save();
        Record(tx, AuditAction.GradeDecided, $"主席团决定{item.Name}的测评等次为“{Label(item, grade)}”", ballot);
        return ResultStore.Read(BallotQueries.Get(tx.Db, ballotId))!;
    });

    private void Record(WriteTransaction tx, AuditAction action, string summary, Ballot ballot, int? followUp = null) =>
        AuditTrail.Record(tx, actor.Value, clock.GetUtcNow(), action, summary, ballot.SittingId, followUp ?? ballot.Id);

    private static string Note(string? note) => note?.Trim() ?? "";

    private static string Label(ItemResultView item, ChoiceOption option) => item.Counts.Single(c => c.Option == option).Label;

    private static (Ballot Ballot, BallotResultView Result) Closed(WriteTransaction tx, int ballotId)
    {
        var ballot = BallotQueries.Get(tx.Db, ballotId);
        return ResultStore.Read(ballot) is { } result ? (ballot, result) : throw VenueErrors.BallotNotClosed();
    }

    private static Ballot CreateRound(WriteTransaction tx, Ballot earlier, string relation, int places, IReadOnlyList<int> itemIds)
    {
        if (tx.Db.Ballots.Any(b => b.PreviousBallotId == earlier.Id)) throw VenueErrors.NoDecisionNeeded("已为该表决建立了下一轮表决。");
        return Agenda.Append(tx, new Ballot
        {
            SittingId = earlier.SittingId,
            Kind = earlier.Kind, Title = earlier.Title, Places = places, PassRule = earlier.PassRule, Scale = earlier.Scale,
            GradeThresholdNumerator = earlier.GradeThresholdNumerator, GradeThresholdDenominator = earlier.GradeThresholdDenominator,
            GradeDenominator = earlier.GradeDenominator, Purpose = earlier.Purpose, Secret = earlier.Secret,
            State = BallotState.Draft, Round = earlier.Round + 1, PreviousBallotId = earlier.Id, Relation = relation,
            Items = earlier.Items.Where(i => itemIds.Contains(i.Id)).OrderBy(i => i.Position).Select((item, i) => new BallotItem
            {
                Position = i + 1, Name = item.Name, Content = item.Content, BudgetWan = item.BudgetWan,
                LeadDepartment = item.LeadDepartment, Group = item.Group, OriginItemId = item.OriginItemId ?? item.Id,
            }).ToList(),
        });
    }
}
