namespace PeoplesCongress.Tally.Tests;

public class PluralityTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(45, true)]
    public void AnyVotePassesButNoneDoesNot(int votes, bool passes) =>
        Assert.Equal(passes, Plurality.Passes(votes));

    [Fact]
    public void TopVotesAreAdoptedWithoutMajorityFloor()
    {
        var candidates = Votes.Candidates("甲", "乙", "丙");
        var ballots = Votes.WithVotes(30, 5, 10, 3);

        var plurality = Votes.Count(currentDeputies: 45, places: 2, candidates, ballots, PassRule.Plurality);
        var majority = Votes.Count(currentDeputies: 45, places: 2, candidates, ballots);

        Assert.Equal([2, 1], plurality.Adopted);
        Assert.Equal(CandidateOutcome.PassedNotAdopted, plurality.Of(3).Outcome);
        Assert.Empty(majority.Adopted);
    }

    [Fact]
    public void ProjectNobodyChoseIsNeverAdopted()
    {
        var candidates = Votes.Candidates("甲", "乙", "丙");
        var result = Votes.Count(currentDeputies: 45, places: 2, candidates, Votes.WithVotes(30, 12, 0, 0), PassRule.Plurality);

        Assert.Equal([1], result.Adopted);
        Assert.Equal(CandidateOutcome.NotPassed, result.Of(2).Outcome);
        Assert.Equal(new Shortfall(1, 2), result.Shortfall);
    }
}
