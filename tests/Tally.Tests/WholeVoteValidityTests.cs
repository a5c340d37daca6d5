namespace PeoplesCongress.Tally.Tests;

public class WholeVoteValidityTests
{
    [Fact]
    public void LishuiVoteWithAllBallotsReturnedIsValid() =>
        Assert.True(WholeVoteValidity.IsValid(issued: 314, returned: 314));

    [Fact]
    public void FewerReturnedThanIssuedIsValid() =>
        Assert.True(WholeVoteValidity.IsValid(issued: 45, returned: 40));

    [Fact]
    public void MoreReturnedThanIssuedIsInvalid() =>
        Assert.False(WholeVoteValidity.IsValid(issued: 45, returned: 46));

    [Fact]
    public void InvalidWholeVoteAdoptsNothingButPublishesCounts()
    {
        var candidates = Votes.Candidates("甲", "乙", "丙");
        var result = Votes.Count(currentDeputies: 45, places: 2, candidates, Votes.WithVotes(45, 40, 30, 5), issued: 44);

        Assert.False(result.VoteValid);
        Assert.Equal((44, 45, 45, 0), (result.Issued, result.Returned, result.Valid, result.Invalid));
        Assert.Empty(result.Adopted);
        Assert.Null(result.RunOff);
        Assert.Null(result.Shortfall);
        Assert.Equal([40, 30, 5], result.Candidates.Select(c => c.Votes));
        Assert.All(result.Candidates, c => Assert.Equal((false, null, CandidateOutcome.NotPassed), (c.Passed, c.Rank, c.Outcome)));
        Assert.Equal("发出表决票44张，收回45张，有效票45张，无效票0张，本次票决无效，应当重新投票。", result.Announcement);
    }
}
