namespace PeoplesCongress.Tally.Tests;

// Builders for selection votes, so each test states only the figures it is about.
internal static class Votes
{
    public static IReadOnlyList<Candidate> Candidates(params string[] names) =>
        [.. names.Select((name, i) => new Candidate(i + 1, name))];

    public static SelectionBallot Ballot(params int[] marks) => new(marks);

    public static IEnumerable<SelectionBallot> Repeat(int count, params int[] marks) =>
        Enumerable.Range(0, count).Select(_ => new SelectionBallot(marks));

    // Candidate i + 1 receives votesPerCandidate[i] marks. Marks are laid on consecutive ballots, wrapping round,
    // so no ballot names a candidate twice and none holds more than ceil(total marks / ballots) marks.
    public static List<SelectionBallot> WithVotes(int ballots, params int[] votesPerCandidate)
    {
        var marks = Enumerable.Range(0, ballots).Select(_ => new List<int>()).ToList();
        var position = 0;
        for (var candidate = 0; candidate < votesPerCandidate.Length; candidate++)
        {
            Assert.InRange(votesPerCandidate[candidate], 0, ballots);
            for (var vote = 0; vote < votesPerCandidate[candidate]; vote++)
            {
                marks[position++ % ballots].Add(candidate + 1);
            }
        }
        return [.. marks.Select(m => new SelectionBallot(m))];
    }

    public static SelectionResult Count(
        int currentDeputies, int places, IReadOnlyList<Candidate> candidates, IReadOnlyList<SelectionBallot> ballots,
        PassRule rule = PassRule.MajorityOfAllDeputies, int? issued = null) =>
        SelectionTally.Count(new SelectionVote(
            currentDeputies, issued ?? ballots.Count, places, rule, candidates, ballots));

    public static CandidateResult Of(this SelectionResult result, int id) => result.Candidates.Single(c => c.Id == id);
}
