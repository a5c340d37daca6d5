using FsCheck.Xunit;

namespace PeoplesCongress.Tally.Tests;

[Properties(Arbitrary = [typeof(TallyArbitraries)], MaxTest = 500)]
public class SelectionTallyProperties
{
    [Property]
    public bool ShufflingBallotsNeverChangesTheResult(ShuffledVote pair) =>
        Canonical(SelectionTally.Count(pair.Vote)) == Canonical(SelectionTally.Count(pair.Shuffled));

    [Property]
    public bool VotesAddUpToMarksOnValidBallots(SelectionVote vote)
    {
        var result = SelectionTally.Count(vote);
        var ids = vote.Candidates.Select(c => c.Id).ToHashSet();
        var marksOnValid = vote.Ballots
            .Where(b => SelectionBallotValidity.IsValid(b, vote.Places, ids))
            .Sum(b => b.Marks.Count);
        return result.Candidates.Sum(c => c.Votes) == marksOnValid
            && result.Valid + result.Invalid == result.Returned
            && result.Returned == vote.Ballots.Count;
    }

    [Property]
    public bool NeverAdoptsMoreThanThePlaces(SelectionVote vote)
    {
        var result = SelectionTally.Count(vote);
        var filled = result.Adopted.Count + (result.RunOff?.PlacesLeft ?? 0);
        return result.Adopted.Count <= vote.Places
            && (result.RunOff is null || filled == vote.Places)
            && result.Adopted.All(id => result.Candidates.Single(c => c.Id == id).Passed);
    }

    [Property]
    public bool EqualVotesAreNeverSplitByOrder(SelectionVote vote)
    {
        var candidates = SelectionTally.Count(vote).Candidates;
        return candidates.All(a => candidates
            .Where(b => b.Votes == a.Votes)
            .All(b => b.Outcome == a.Outcome && b.Rank == a.Rank));
    }

    private static string Canonical(SelectionResult r) => string.Join(" | ",
        r.Issued, r.Returned, r.Valid, r.Invalid, r.VoteValid,
        string.Join(", ", r.Candidates),
        string.Join(", ", r.Adopted),
        r.RunOff is null ? "no run-off" : $"{string.Join(", ", r.RunOff.CandidateIds)} at {r.RunOff.Votes} for {r.RunOff.PlacesLeft}",
        r.Shortfall?.ToString() ?? "no shortfall",
        r.Announcement);
}
