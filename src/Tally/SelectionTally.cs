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
        // An invalid vote must be repeated, so nobody passes; the counts are still published.
        var passing = voteValid
            ? votes.Where(c => vote.PassRule.Passes(c.Votes, vote.CurrentDeputies)).ToList()
            : [];
        var ranks = CompetitionRank.Of(passing);
        var adoption = voteValid ? TopNWithRunOff.Decide(passing, vote.Places) : Adoption.None;

        var results = vote.Candidates
            .Zip(votes, (candidate, counted) => new CandidateResult(
                candidate.Id,
                candidate.Name,
                counted.Votes,
                ranks.ContainsKey(candidate.Id),
                ranks.TryGetValue(candidate.Id, out var rank) ? rank : null,
                OutcomeOf(candidate.Id, ranks, adoption)))
            .ToList();

        var result = new SelectionResult(
            vote.Issued, returned, validBallots.Count, returned - validBallots.Count, voteValid,
            results, adoption.Adopted, adoption.RunOff, adoption.Shortfall, Announcement: "");
        return result with { Announcement = SelectionAnnouncement.Compose(result) };
    }

    private static CandidateOutcome OutcomeOf(int id, IReadOnlyDictionary<int, int> ranks, Adoption adoption) =>
        adoption.Adopted.Contains(id) ? CandidateOutcome.Adopted
        : adoption.RunOff?.CandidateIds.Contains(id) == true ? CandidateOutcome.RunOffNeeded
        : ranks.ContainsKey(id) ? CandidateOutcome.PassedNotAdopted
        : CandidateOutcome.NotPassed;
}
