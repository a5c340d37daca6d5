using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>What the count reads out of the database: the denominator, the ballots issued, the box.</summary>
public sealed record BoxContents(int CurrentDeputies, int Issued, IReadOnlyList<string> Choices);

/// <summary>Adapts a closed ballot to the rules of <c>src/Tally</c> and their result to the wire shape.</summary>
public static class ResultCalculator
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static BallotResultView Calculate(Ballot ballot, BoxContents box, DateTimeOffset closedAt)
    {
        var projects = ballot.Projects.OrderBy(p => p.Position).ToList();
        var vote = new SelectionVote(
            box.CurrentDeputies, box.Issued, ballot.Places,
            ballot.PassRule == PassRules.Plurality ? PassRule.Plurality : PassRule.MajorityOfAllDeputies,
            projects.Select(p => new Candidate(p.Id, p.Name)).ToList(),
            box.Choices.Select(c => new SelectionBallot(BoxChoices.Decode(c))).ToList());
        var result = SelectionTally.Count(vote);
        return new BallotResultView(
            ballot.Id, ballot.SittingId, ballot.Kind, ballot.Title, ballot.Secret, ballot.PassRule, ballot.Places,
            box.CurrentDeputies, result.Issued, result.Returned, result.Valid, result.Invalid, result.VoteValid,
            result.Candidates.Select(c => new ProjectResultView(c.Id, c.Name, c.Votes, c.Passed, c.Rank, Outcome(c.Outcome))).ToList(),
            result.Adopted,
            result.RunOff is { } runOff ? new RunOffView(runOff.CandidateIds, runOff.Votes, runOff.PlacesLeft) : null,
            result.Shortfall is { } shortfall ? new ShortfallView(shortfall.Adopted, shortfall.Places) : null,
            result.Announcement, closedAt);
    }

    private static string Outcome(CandidateOutcome outcome) => outcome switch
    {
        CandidateOutcome.Adopted => ProjectOutcomes.Adopted,
        CandidateOutcome.RunOffNeeded => ProjectOutcomes.RunOffNeeded,
        CandidateOutcome.PassedNotAdopted => ProjectOutcomes.PassedNotAdopted,
        _ => ProjectOutcomes.NotPassed,
    };
}
