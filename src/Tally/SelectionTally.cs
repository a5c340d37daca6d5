namespace PeoplesCongress.Tally;

// RULES.md "Livelihood-project vote" (差额票决) counted under "Validity of a whole vote" and "Counting, certification, publication".
public static class SelectionTally
{
    public static SelectionResult Count(SelectionVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var candidateIds = vote.Candidates.Select(c => c.Id).ToHashSet();
        var validBallots = vote.Ballots
            .Where(b => SelectionBallotValidity.IsValid(b, vote.Places, candidateIds))
            .ToList();
        var marks = validBallots.SelectMany(b => b.Marks).CountBy(id => id).ToDictionary();
        var votes = vote.Candidates
            .Select(c => new CandidateVotes(c.Id, marks.GetValueOrDefault(c.Id)))
            .ToList();

        var returned = vote.Ballots.Count;
        var voteValid = WholeVoteValidity.IsValid(vote.Issued, returned);
        var (results, adoption) = ProjectAdoption.Decide(
            vote.Candidates, votes, vote.PassRule, vote.CurrentDeputies, vote.Places, voteValid);

        var result = new SelectionResult(
            vote.Issued, returned, validBallots.Count, returned - validBallots.Count, voteValid,
            results, adoption.Adopted, adoption.RunOff, adoption.Shortfall, Announcement: "");
        return result with { Announcement = SelectionAnnouncement.Compose(result) };
    }
}
