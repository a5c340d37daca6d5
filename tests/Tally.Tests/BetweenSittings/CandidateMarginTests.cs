using PeoplesCongress.Tally.BetweenSittings;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

public class CandidateMarginTests
{
    [Theory]
    [InlineData(10, 11, null)]
    [InlineData(10, 10, "差额票决的候选项目应不少于11个（应选10个，多于应选至少1个），现为10个。")]
    [InlineData(3, 5, null)]
    public void ByDefaultAListNeedsOneCandidateMoreThanPlaces(int places, int candidates, string? refusal) =>
        Assert.Equal(refusal, new CandidateMargin(1, 0).Refusal(places, candidates));

    [Theory]
    [InlineData(10, 12, 12)]
    [InlineData(10, 11, 12)]
    [InlineData(2, 3, 3)]
    public void ARatioRaisesTheLeastWhereItAsksForMore(int places, int candidates, int least)
    {
        var margin = new CandidateMargin(1, 120);
        Assert.Equal(least, margin.Least(places));
        Assert.Equal(candidates >= least, margin.Refusal(places, candidates) is null);
    }

    [Fact]
    public void HainanFilled10PlacesFrom12Candidates() => Assert.Null(new CandidateMargin(2, 120).Refusal(10, 12));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 100)]
    [InlineData(1, 50)]
    public void SettingsWithoutAMarginAreRefused(int extra, int percent) =>
        Assert.Throws<ArgumentException>(() => new CandidateMargin(extra, percent));
}
