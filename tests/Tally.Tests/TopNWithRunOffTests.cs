namespace PeoplesCongress.Tally.Tests;

public class TopNWithRunOffTests
{
    private static readonly IReadOnlyList<Candidate> Five = Votes.Candidates("甲", "乙", "丙", "丁", "戊");

    [Fact]
    public void TieStraddlingLastPlaceNeedsRunOff()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Five, Votes.WithVotes(45, 40, 33, 28, 28, 5));

        Assert.Equal([1, 2], result.Adopted);
        Assert.Equal([3, 4], result.RunOff!.CandidateIds);
        Assert.Equal((28, 1), (result.RunOff.Votes, result.RunOff.PlacesLeft));
        Assert.Equal(CandidateOutcome.RunOffNeeded, result.Of(3).Outcome);
        Assert.Equal(CandidateOutcome.RunOffNeeded, result.Of(4).Outcome);
        Assert.Equal((3, 3), (result.Of(3).Rank, result.Of(4).Rank));
        Assert.Null(result.Shortfall);
    }

    [Fact]
    public void TieForFirstOfOnePlaceAdoptsNothing()
    {
        var result = Votes.Count(currentDeputies: 45, places: 1, Five, Votes.WithVotes(40, 20, 20, 0, 0, 0), PassRule.Plurality);

        Assert.Empty(result.Adopted);
        Assert.Equal(new[] { 1, 2 }, result.RunOff!.CandidateIds);
        Assert.Equal(1, result.RunOff.PlacesLeft);
    }

    [Fact]
    public void TieThatFitsThePlacesIsAdopted()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Five, Votes.WithVotes(45, 40, 30, 30, 10, 5));

        Assert.Equal([1, 2, 3], result.Adopted);
        Assert.Null(result.RunOff);
        Assert.Null(result.Shortfall);
    }

    [Fact]
    public void PassingCandidatesBelowTheCutOffAreNotAdopted()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Five, Votes.WithVotes(45, 40, 35, 30, 24, 5));

        Assert.Equal([1, 2, 3], result.Adopted);
        Assert.True(result.Of(4).Passed);
        Assert.Equal(CandidateOutcome.PassedNotAdopted, result.Of(4).Outcome);
        Assert.Equal(CandidateOutcome.NotPassed, result.Of(5).Outcome);
    }

    [Fact]
    public void EqualVotesShareARank()
    {
        var result = Votes.Count(currentDeputies: 45, places: 4, Five, Votes.WithVotes(45, 40, 30, 30, 25, 5));

        Assert.Equal([1, 2, 2, 4, null], result.Candidates.Select(c => c.Rank));
        Assert.Equal([1, 2, 3, 4], result.Adopted);
    }

    [Fact]
    public void FewerPassingThanPlacesIsAShortfall()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Five, Votes.WithVotes(45, 40, 30, 20, 10, 5));

        Assert.Equal([1, 2], result.Adopted);
        Assert.Equal(new Shortfall(2, 3), result.Shortfall);
        Assert.Null(result.RunOff);
    }

    [Fact]
    public void NothingPassingIsAShortfallOfAll()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Five, Votes.WithVotes(45, 22, 20, 10, 10, 5));

        Assert.Empty(result.Adopted);
        Assert.Equal(new Shortfall(0, 3), result.Shortfall);
    }

    [Fact]
    public void DecideAdoptsAboveTheCutOffAndSendsTheTieToRunOff()
    {
        CandidateVotes[] passing = [new(1, 9), new(2, 7), new(3, 7), new(4, 7), new(5, 3)];

        var adoption = TopNWithRunOff.Decide(passing, places: 3);

        Assert.Equal([1], adoption.Adopted);
        Assert.Equal([2, 3, 4], adoption.RunOff!.CandidateIds);
        Assert.Equal((7, 2), (adoption.RunOff.Votes, adoption.RunOff.PlacesLeft));
    }
}
