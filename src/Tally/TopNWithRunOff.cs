namespace PeoplesCongress.Tally;

public sealed record CandidateVotes(int Id, int Votes);

public sealed record Adoption(IReadOnlyList<int> Adopted, RunOff? RunOff, Shortfall? Shortfall)
{
    public static Adoption None { get; } = new([], null, null);
}

// RULES.md "Rankings of targets may tie (名次可以并列)": equal votes share a rank and the next rank is skipped (1, 2, 2, 4).
public static class CompetitionRank
{
    public static IReadOnlyDictionary<int, int> Of(IReadOnlyList<CandidateVotes> ranked) =>
        ranked.ToDictionary(c => c.Id, c => 1 + ranked.Count(other => other.Votes > c.Votes));
}

// RULES.md "Pass rule" and "Tie at the cut-off": the top N passing projects are adopted; a tie straddling place N goes to a run-off.
public static class TopNWithRunOff
{
    // Expects only the passing candidates, in ballot order; that order breaks no tie, it only orders the display.
    public static Adoption Decide(IReadOnlyList<CandidateVotes> passing, int places)
    {
        ArgumentNullException.ThrowIfNull(passing);
        ArgumentOutOfRangeException.ThrowIfLessThan(places, 1);

        var byVotes = passing.OrderByDescending(c => c.Votes).ToList();
        if (byVotes.Count <= places)
        {
            var shortfall = byVotes.Count < places ? new Shortfall(byVotes.Count, places) : null;
            return new Adoption(Ids(byVotes), null, shortfall);
        }

        var cutOff = byVotes[places - 1].Votes;
        var above = byVotes.Where(c => c.Votes > cutOff).ToList();
        var tied = passing.Where(c => c.Votes == cutOff).ToList();
        var placesLeft = places - above.Count;
        if (tied.Count <= placesLeft)
        {
            return new Adoption(Ids(above.Concat(tied)), null, null);
        }
        return new Adoption(Ids(above), new RunOff(Ids(tied), cutOff, placesLeft), null);
    }

    private static List<int> Ids(IEnumerable<CandidateVotes> candidates) => [.. candidates.Select(c => c.Id)];
}

// RULES.md "Pass rule" and "Tie at the cut-off", shared by every form of the livelihood-project vote.
internal static class ProjectAdoption
{
    public static (IReadOnlyList<CandidateResult> Results, Adoption Adoption) Decide(
        IReadOnlyList<Candidate> candidates, IReadOnlyList<CandidateVotes> votes,
        PassRule rule, int currentDeputies, int places, bool voteValid)
    {
        // An invalid vote must be repeated, so nobody passes; the counts are still published.
        var passing = voteValid
            ? votes.Where(c => rule.Passes(c.Votes, currentDeputies)).ToList()
            : [];
        var ranks = CompetitionRank.Of(passing);
        var adoption = voteValid ? TopNWithRunOff.Decide(passing, places) : Adoption.None;

        var results = candidates
            .Zip(votes, (candidate, counted) => new CandidateResult(
                candidate.Id,
                candidate.Name,
                counted.Votes,
                ranks.ContainsKey(candidate.Id),
                ranks.TryGetValue(candidate.Id, out var rank) ? rank : null,
                OutcomeOf(candidate.Id, ranks, adoption)))
            .ToList();
        return (results, adoption);
    }

    private static CandidateOutcome OutcomeOf(int id, IReadOnlyDictionary<int, int> ranks, Adoption adoption) =>
        adoption.Adopted.Contains(id) ? CandidateOutcome.Adopted
        : adoption.RunOff?.CandidateIds.Contains(id) == true ? CandidateOutcome.RunOffNeeded
        : ranks.ContainsKey(id) ? CandidateOutcome.PassedNotAdopted
        : CandidateOutcome.NotPassed;
}
