namespace PeoplesCongress.Tally.Tests;

public class MajorityOfAllDeputiesTests
{
    [Theory]
    [InlineData(23, 45, true)]
    [InlineData(22, 45, false)]
    [InlineData(23, 44, true)]
    [InlineData(22, 44, false)]
    [InlineData(0, 0, false)]
    public void NeedsMoreThanHalfOfAllCurrentDeputies(int votes, int currentDeputies, bool passes) =>
        Assert.Equal(passes, MajorityOfAllDeputies.Passes(votes, currentDeputies));

    [Fact]
    public void DenominatorIsAllDeputiesNotThosePresent()
    {
        // Only 30 of 45 are present: 22 votes is a majority of the room but not of the congress.
        var candidates = Votes.Candidates("甲", "乙", "丙");
        var result = Votes.Count(currentDeputies: 45, places: 2, candidates, Votes.WithVotes(30, 23, 22, 1));

        Assert.Equal(30, result.Issued);
        Assert.True(result.Of(1).Passed);
        Assert.False(result.Of(2).Passed);
        Assert.Equal(CandidateOutcome.NotPassed, result.Of(2).Outcome);
        Assert.Equal([1], result.Adopted);
        Assert.Equal(new Shortfall(1, 2), result.Shortfall);
    }

    [Fact]
    public void DenominatorIsNotValidBallots()
    {
        var candidates = Votes.Candidates("甲", "乙");
        var ballots = Votes.Repeat(20, 1).Concat(Votes.Repeat(25, 1, 2)).ToList();

        var result = Votes.Count(currentDeputies: 45, places: 1, candidates, ballots);

        Assert.Equal((20, 25), (result.Valid, result.Invalid));
        Assert.False(result.Of(1).Passed);
        Assert.Empty(result.Adopted);
    }
}

public class SmallestPassingTests
{
    [Theory]
    [InlineData(45, 23)]
    [InlineData(44, 23)]
    [InlineData(9, 5)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    public void IsTheFewestVotesThatPass(int currentDeputies, int smallest) =>
        Assert.Equal(smallest, MajorityOfAllDeputies.SmallestPassing(currentDeputies));

    [Fact]
    public void AgreesWithThePassRuleForEverySizeOfCongress()
    {
        for (var current = 0; current <= 3000; current++)
        {
            var smallest = MajorityOfAllDeputies.SmallestPassing(current);
            Assert.True(MajorityOfAllDeputies.Passes(smallest, current), $"{smallest} of {current} should pass");
            Assert.False(MajorityOfAllDeputies.Passes(smallest - 1, current), $"{smallest - 1} of {current} should not pass");
        }
    }

    [Fact]
    public void NegativeCongressIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MajorityOfAllDeputies.SmallestPassing(-1));

    [Fact]
    public void IsWordedAsAWholeNumberOfVotes() =>
        Assert.Equal("须获23票以上（全体代表45人的过半数）", Wording.MajorityThreshold(45));
}
