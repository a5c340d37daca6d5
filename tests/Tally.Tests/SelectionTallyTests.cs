namespace PeoplesCongress.Tally.Tests;

public class SelectionTallyTests
{
    [Fact]
    public void SipingTwoChooseOneIsValid()
    {
        // 四屏镇: 45 issued, 45 returned, 2 选 1.
        var candidates = Votes.Candidates("集镇污水管网项目", "村级文化广场项目");
        var ballots = Votes.Repeat(31, 1).Concat(Votes.Repeat(12, 2)).Concat(Votes.Repeat(2)).ToList();

        var result = Votes.Count(currentDeputies: 45, places: 1, candidates, ballots);

        Assert.True(result.VoteValid);
        Assert.Equal((45, 45, 45, 0), (result.Issued, result.Returned, result.Valid, result.Invalid));
        Assert.Equal([1], result.Adopted);
        Assert.StartsWith("发出表决票45张，收回45张，有效票45张，无效票0张，本次票决有效。", result.Announcement);
    }

    [Fact]
    public void HainanTopTenOfTwelveAreAdoptedInVoteOrder()
    {
        // 海南 2024: 365 present, 12 candidates, 10 chosen; 10 of them clear a majority of 380 current deputies.
        var candidates = Votes.Candidates([.. Enumerable.Range(1, 12).Select(i => $"民生项目{i}")]);
        int[] votes = [352, 341, 120, 329, 318, 300, 287, 95, 276, 265, 251, 240];

        var result = Votes.Count(currentDeputies: 380, places: 10, candidates, Votes.WithVotes(365, votes));

        Assert.Equal((365, 365, 365, 0), (result.Issued, result.Returned, result.Valid, result.Invalid));
        Assert.Equal(votes, result.Candidates.Select(c => c.Votes));
        Assert.Equal([1, 2, 4, 5, 6, 7, 9, 10, 11, 12], result.Adopted);
        Assert.Equal([1, 2, null, 3, 4, 5, 6, null, 7, 8, 9, 10], result.Candidates.Select(c => c.Rank));
        Assert.Equal(CandidateOutcome.NotPassed, result.Of(3).Outcome);
        Assert.Equal(CandidateOutcome.NotPassed, result.Of(8).Outcome);
        Assert.Null(result.RunOff);
        Assert.Null(result.Shortfall);
    }

    [Fact]
    public void CandidatesAreReportedInBallotOrder()
    {
        var candidates = new[] { new Candidate(7, "乙"), new Candidate(3, "甲") };
        var ballots = Votes.Repeat(30, 3).Concat(Votes.Repeat(10, 7)).ToList();

        var result = Votes.Count(currentDeputies: 45, places: 1, candidates, ballots);

        Assert.Equal([(7, 10), (3, 30)], result.Candidates.Select(c => (c.Id, c.Votes)));
        Assert.Equal([3], result.Adopted);
    }

    [Theory]
    [InlineData(0, 45, 45)]
    [InlineData(3, 45, 45)]
    [InlineData(1, -1, 45)]
    [InlineData(1, 45, -1)]
    public void ImpossibleSettingsAreRejected(int places, int currentDeputies, int issued) =>
        Assert.Throws<ArgumentException>(() => new SelectionVote(
            currentDeputies, issued, places, PassRule.MajorityOfAllDeputies, Votes.Candidates("甲", "乙"), []));

    [Fact]
    public void DuplicateCandidateIdsAreRejected() =>
        Assert.Throws<ArgumentException>(() => new SelectionVote(
            45, 45, 1, PassRule.MajorityOfAllDeputies, [new Candidate(1, "甲"), new Candidate(1, "乙")], []));
}
