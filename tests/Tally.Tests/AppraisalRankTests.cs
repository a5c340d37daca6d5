namespace PeoplesCongress.Tally.Tests;

public class AppraisalRankTests
{
    [Fact]
    public void EqualRatesShareAPlaceAndTheNextIsSkipped() =>
        Assert.Equal([1, 2, 2, 4], AppraisalRank.Of([new(24, 27), new(20, 25), new(16, 20), new(18, 27)]));

    [Fact]
    public void RatesAreComparedExactlyNotAsDisplayed()
    {
        // Both show as 33.33%, but a third is more than 3333 in 10000.
        var rates = new Rate[] { new(3333, 10_000), new(1, 3) };

        Assert.Equal(rates[0].Percent, rates[1].Percent);
        Assert.Equal([2, 1], AppraisalRank.Of(rates));
    }

    [Fact]
    public void TargetWithoutValidVotesRanksLast() =>
        Assert.Equal([3, 2, 1], AppraisalRank.Of([new(0, 0), new(0, 5), new(1, 5)]));

    [Fact]
    public void TargetsWithoutValidVotesShareTheLastPlace() =>
        Assert.Equal([2, 2, 1], AppraisalRank.Of([new(0, 0), new(0, 0), new(1, 5)]));
}
