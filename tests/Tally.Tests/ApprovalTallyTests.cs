namespace PeoplesCongress.Tally.Tests;

public class ApprovalTallyTests
{
    private static readonly IReadOnlyList<Candidate> Five = Votes.Candidates("甲", "乙", "丙", "丁", "戊");

    [Fact]
    public void UnmarkedItemsAreAbstentionsNeverFor()
    {
        var candidates = Votes.Candidates("甲", "乙");
        ApprovalBallot[] ballots = [Approvals.Ballot((1, Approval.For)), new(new Dictionary<int, IReadOnlyList<Approval>>())];

        var result = Approvals.Count(currentDeputies: 2, places: 2, candidates, ballots);

        Assert.Equal([new ItemApprovals(1, 1, 0, 1, 0), new ItemApprovals(2, 0, 0, 2, 0)], result.Counts);
        Assert.Equal([1, 0], result.Candidates.Select(c => c.Votes));
    }

    [Fact]
    public void PassRuleIsMoreThanHalfOfAllCurrentDeputies()
    {
        // Only 30 of 45 vote: 22 赞成 is a majority of the room but not of the congress.
        var result = Approvals.Count(currentDeputies: 45, places: 2, Five, Approvals.WithFor(30, 23, 22, 30, 1, 0));

        Assert.Equal([3, 1], result.Adopted);
        Assert.True(result.Of(1).Passed);
        Assert.False(result.Of(2).Passed);
        Assert.Equal(CandidateOutcome.NotPassed, result.Of(2).Outcome);
        Assert.Equal([2, null, 1, null, null], result.Candidates.Select(c => c.Rank));
    }

    [Fact]
    public void TieAtTheCutOffGoesToRunOff()
    {
        var result = Approvals.Count(currentDeputies: 45, places: 3, Five, Approvals.WithFor(45, 40, 33, 28, 28, 5));

        Assert.Equal([1, 2], result.Adopted);
        Assert.Equal(new[] { 3, 4 }, result.RunOff!.CandidateIds);
        Assert.Equal((28, 1), (result.RunOff.Votes, result.RunOff.PlacesLeft));
        Assert.Equal(CandidateOutcome.RunOffNeeded, result.Of(3).Outcome);
        Assert.Equal((3, 3), (result.Of(3).Rank, result.Of(4).Rank));
    }

    [Fact]
    public void FewerPassingThanPlacesIsAShortfall()
    {
        var result = Approvals.Count(currentDeputies: 45, places: 3, Five, Approvals.WithFor(45, 40, 30, 20, 10, 5));

        Assert.Equal([1, 2], result.Adopted);
        Assert.Equal(new Shortfall(2, 3), result.Shortfall);
        Assert.Null(result.RunOff);
    }

    [Fact]
    public void PluralityAdoptsTheTopWithoutAMajorityFloor()
    {
        var ballots = Approvals.WithFor(30, 5, 10, 3, 0, 12);

        var plurality = Approvals.Count(currentDeputies: 45, places: 2, Five, ballots, PassRule.Plurality);
        var majority = Approvals.Count(currentDeputies: 45, places: 2, Five, ballots);

        Assert.Equal([5, 2], plurality.Adopted);
        Assert.Equal(CandidateOutcome.NotPassed, plurality.Of(4).Outcome);
        Assert.Empty(majority.Adopted);
        Assert.Equal(new Shortfall(0, 2), majority.Shortfall);
    }

    [Fact]
    public void InvalidWholeVoteAdoptsNothingButPublishesCounts()
    {
        var result = Approvals.Count(currentDeputies: 45, places: 2, Five, Approvals.WithFor(45, 40, 30, 5, 0, 0), issued: 44);

        Assert.False(result.VoteValid);
        Assert.Equal((44, 45), (result.Issued, result.Returned));
        Assert.Empty(result.Adopted);
        Assert.Null(result.RunOff);
        Assert.Null(result.Shortfall);
        Assert.Equal([40, 30, 5, 0, 0], result.Counts.Select(c => c.For));
        Assert.All(result.Candidates, c => Assert.Equal((false, null, CandidateOutcome.NotPassed), (c.Passed, c.Rank, c.Outcome)));
    }

    [Theory]
    [InlineData(0, 45, 45)]
    [InlineData(3, 45, 45)]
    [InlineData(1, -1, 45)]
    [InlineData(1, 45, -1)]
    public void ImpossibleSettingsAreRejected(int places, int currentDeputies, int issued) =>
        Assert.Throws<ArgumentException>(() => new ApprovalVote(
            currentDeputies, issued, places, PassRule.MajorityOfAllDeputies, Votes.Candidates("甲", "乙"), []));

    [Fact]
    public void DuplicateCandidateIdsAreRejected() =>
        Assert.Throws<ArgumentException>(() => new ApprovalVote(
            45, 45, 1, PassRule.MajorityOfAllDeputies, [new Candidate(1, "甲"), new Candidate(1, "乙")], []));
}
