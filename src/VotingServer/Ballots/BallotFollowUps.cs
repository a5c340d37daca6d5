using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// What the presidium does after a count (RULES.md "Tie at the cut-off", "Fewer than N pass"): a run-off among the
/// tied projects, a repeated vote, or its decision on a shortfall. Each new round is a new ballot on the agenda
/// that points back at the earlier one, which stays on record unchanged.
/// </summary>
public sealed class BallotFollowUps(VenueDbContext db, BallotQueries ballots, TimeProvider clock)
{
    public async Task<BallotView> RunOffAsync(int ballotId)
    {
        var (ballot, result) = await ClosedAsync(ballotId);
        if (result.RunOff is not { } runOff) throw VenueErrors.NoDecisionNeeded("该表决没有得票相等、需要再次投票的项目。");
        return await CreateRoundAsync(ballot, BallotRelations.RunOff, runOff.PlacesLeft, runOff.ItemIds);
    }

    public async Task<BallotView> RepeatAsync(int ballotId)
    {
        var (ballot, _) = await ClosedAsync(ballotId);
        return await CreateRoundAsync(ballot, BallotRelations.Repeat, ballot.Places, ballot.Items.Select(i => i.Id).ToList());
    }

    public async Task<BallotResultView> DecideShortfallAsync(int ballotId, ShortfallDecisionRequest request)
    {
        var (ballot, result) = await ClosedAsync(ballotId);
        if (result.Shortfall is not { } shortfall) throw VenueErrors.NoDecisionNeeded("该表决获得通过的项目不少于应选数，无需主席团决定。");
        if (ballot.DecisionJson is not null) throw VenueErrors.NoDecisionNeeded("主席团已对该表决作出决定。");
        if (!ShortfallDecisions.All.Contains(request.Decision))
            throw VenueErrors.Invalid($"决定“{request.Decision}”无效，应为 {string.Join("、", ShortfallDecisions.All)} 之一。");
        int? followUp = null;
        if (request.Decision == ShortfallDecisions.FurtherBallot)
        {
            var remaining = result.Items.Where(i => i.Outcome != ProjectOutcomes.Adopted).Select(i => i.ItemId).ToList();
            followUp = (await CreateRoundAsync(ballot, BallotRelations.FurtherBallot, shortfall.Places - shortfall.Adopted, remaining)).Id;
        }
        var decision = new PresidiumDecisionView(request.Decision, request.Note?.Trim() ?? "", followUp, clock.GetUtcNow());
        var stored = await db.Ballots.SingleAsync(b => b.Id == ballotId);
        stored.DecisionJson = ResultStore.Write(decision);
        await db.SaveChangesAsync();
        return result with { Decision = decision };
    }

    /// <summary>
    /// RULES.md "Satisfaction appraisal": at exactly the threshold the published rule is ambiguous, so the
    /// presidium decides the grade between the two levels; the decision is recorded beside the certified figures.
    /// </summary>
    public async Task<BallotResultView> DecideGradeAsync(int ballotId, GradeDecisionRequest request)
    {
        var (ballot, result) = await ClosedAsync(ballotId);
        var item = result.Items.FirstOrDefault(i => i.ItemId == request.ItemId) ?? throw VenueErrors.NotFound($"编号为{request.ItemId}的测评对象");
        if (!item.ExactThreshold || item.GradeBetween is not { } between)
            throw VenueErrors.NoDecisionNeeded($"{item.Name}的测评等次已由规则确定，无需主席团决定。");
        var decided = result.GradeDecisions ?? [];
        if (decided.Any(d => d.ItemId == item.ItemId)) throw VenueErrors.NoDecisionNeeded($"主席团已决定{item.Name}的测评等次。");
        if (!between.Contains(request.Grade))
            throw VenueErrors.Invalid($"{item.Name}的测评等次只能在“{Label(item, between[0])}”与“{Label(item, between[1])}”之间决定。");
        var decision = new GradeDecisionView(item.ItemId, request.Grade, Label(item, request.Grade), request.Note?.Trim() ?? "", clock.GetUtcNow());
        var stored = await db.Ballots.SingleAsync(b => b.Id == ballotId);
        stored.GradeDecisionsJson = ResultStore.Write([.. decided, decision]);
        await db.SaveChangesAsync();
        return result with { GradeDecisions = [.. decided, decision] };
    }

    private static string Label(ItemResultView item, string option) => item.Counts.Single(c => c.Option == option).Label;

    private async Task<(Ballot Ballot, BallotResultView Result)> ClosedAsync(int ballotId)
    {
        var ballot = await ballots.GetAsync(ballotId);
        return ResultStore.Read(ballot) is { } result ? (ballot, result) : throw VenueErrors.BallotNotClosed();
    }

    private async Task<BallotView> CreateRoundAsync(Ballot earlier, string relation, int places, IReadOnlyList<int> itemIds)
    {
        if (await db.Ballots.AnyAsync(b => b.PreviousBallotId == earlier.Id))
            throw VenueErrors.NoDecisionNeeded("已为该表决建立了下一轮表决。");
        var round = new Ballot
        {
            SittingId = earlier.SittingId, AgendaPosition = await ballots.NextAgendaPositionAsync(earlier.SittingId),
            Kind = earlier.Kind, Title = earlier.Title, Places = places, PassRule = earlier.PassRule, Scale = earlier.Scale,
            GradeThresholdNumerator = earlier.GradeThresholdNumerator, GradeThresholdDenominator = earlier.GradeThresholdDenominator,
            GradeDenominator = earlier.GradeDenominator, Purpose = earlier.Purpose, Secret = earlier.Secret,
            State = BallotStates.Draft, Round = earlier.Round + 1, PreviousBallotId = earlier.Id, Relation = relation,
            Items = earlier.Items.Where(i => itemIds.Contains(i.Id)).OrderBy(i => i.Position).Select((item, i) => new BallotItem
            {
                Position = i + 1, Name = item.Name, Content = item.Content, BudgetWan = item.BudgetWan,
                LeadDepartment = item.LeadDepartment, Group = item.Group, OriginItemId = item.OriginItemId ?? item.Id,
            }).ToList(),
        };
        db.Ballots.Add(round);
        await db.SaveChangesAsync();
        return round.ToView();
    }
}
