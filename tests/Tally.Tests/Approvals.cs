namespace PeoplesCongress.Tally.Tests;

// Builders for per-item 赞成 / 反对 / 弃权 votes, so each test states only the figures it is about.
internal static class Approvals
{
    // Listing an id twice puts two marks on that item, as a paper ballot can.
    public static ApprovalBallot Ballot(params (int Id, Approval Mark)[] marks) =>
        new(marks.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<Approval>)[.. g.Select(m => m.Mark)]));

    // Candidate i + 1 gets 赞成 on the first forVotes[i] ballots and 反对 on the rest.
    public static List<ApprovalBallot> WithFor(int ballots, params int[] forVotes)
    {
        Assert.All(forVotes, count => Assert.InRange(count, 0, ballots));
        return [.. Enumerable.Range(0, ballots).Select(ballot => Ballot(
            [.. forVotes.Select((count, i) => (i + 1, ballot < count ? Approval.For : Approval.Against))]))];
    }

    public static ApprovalResult Count(
        int currentDeputies, int places, IReadOnlyList<Candidate> candidates, IReadOnlyList<ApprovalBallot> ballots,
        PassRule rule = PassRule.MajorityOfAllDeputies, int? issued = null) =>
        ApprovalTally.Count(new ApprovalVote(currentDeputies, issued ?? ballots.Count, places, rule, candidates, ballots));

    public static CandidateResult Of(this ApprovalResult result, int id) => result.Candidates.Single(c => c.Id == id);

    public static ItemApprovals CountOf(this ApprovalResult result, int id) => result.Counts.Single(c => c.Id == id);
}
