using FsCheck.Xunit;

namespace PeoplesCongress.Tally.Tests;

[Properties(Arbitrary = [typeof(MarkedBallotArbitraries)], MaxTest = 500)]
public class ApprovalTallyProperties
{
    [Property]
    public bool ShufflingBallotsNeverChangesTheResult(ShuffledApprovalVote pair) =>
        Canonical(ApprovalTally.Count(pair.Vote)) == Canonical(ApprovalTally.Count(pair.Shuffled));

    [Property]
    public bool EveryItemAccountsForEveryReturnedBallot(ApprovalVote vote)
    {
        var result = ApprovalTally.Count(vote);
        return result.Returned == vote.Ballots.Count
            && result.Counts.All(c => c.For + c.Against + c.Abstain + c.Invalid == result.Returned)
            && result.Counts.Select(c => c.For).SequenceEqual(result.Candidates.Select(c => c.Votes));
    }

    [Property]
    public bool NeverAdoptsMoreThanThePlaces(ApprovalVote vote)
    {
        var result = ApprovalTally.Count(vote);
        var filled = result.Adopted.Count + (result.RunOff?.PlacesLeft ?? 0);
        return result.Adopted.Count <= vote.Places
            && (result.RunOff is null || filled == vote.Places)
            && result.Adopted.All(id => result.Candidates.Single(c => c.Id == id).Passed);
    }

    [Property]
    public bool EqualForVotesAreNeverSplitByOrder(ApprovalVote vote)
    {
        var candidates = ApprovalTally.Count(vote).Candidates;
        return candidates.All(a => candidates
            .Where(b => b.Votes == a.Votes)
            .All(b => b.Outcome == a.Outcome && b.Rank == a.Rank));
    }

    private static string Canonical(ApprovalResult r) => string.Join(" | ",
        r.Issued, r.Returned, r.VoteValid,
        string.Join(", ", r.Counts),
        string.Join(", ", r.Candidates),
        string.Join(", ", r.Adopted),
        r.RunOff is null ? "no run-off" : $"{string.Join(", ", r.RunOff.CandidateIds)} at {r.RunOff.Votes} for {r.RunOff.PlacesLeft}",
        r.Shortfall?.ToString() ?? "no shortfall",
        r.Announcement);
}
