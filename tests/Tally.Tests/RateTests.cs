namespace PeoplesCongress.Tally.Tests;

public class RateTests
{
    [Theory]
    [InlineData(25, 28, "89.29")]
    [InlineData(3, 28, "10.71")]
    [InlineData(20, 28, "71.43")]
    [InlineData(7, 28, "25.00")]
    [InlineData(1, 28, "3.57")]
    public void ZhanyiRatesMatchThePublishedFigures(int numerator, int denominator, string percent) =>
        Assert.Equal(percent, new Rate(numerator, denominator).Percent);

    [Theory]
    [InlineData(1, 8, "12.50")]
    [InlineData(1, 3, "33.33")]
    [InlineData(2, 3, "66.67")]
    [InlineData(1, 6, "16.67")]
    [InlineData(1, 16, "6.25")]
    [InlineData(1, 160, "0.63")]
    [InlineData(1, 20_000, "0.01")]
    [InlineData(1, 20_001, "0.00")]
    public void RoundsHalfUpToTwoDecimals(int numerator, int denominator, string percent) =>
        Assert.Equal(percent, new Rate(numerator, denominator).Percent);

    [Theory]
    [InlineData(28, 28, "100.00")]
    [InlineData(0, 28, "0.00")]
    [InlineData(0, 0, "0.00")]
    public void WholeNothingAndNoDenominator(int numerator, int denominator, string percent) =>
        Assert.Equal(percent, new Rate(numerator, denominator).Percent);

    [Fact]
    public void LargeCountsDoNotOverflow() =>
        Assert.Equal("50.00", new Rate(int.MaxValue / 2, int.MaxValue - 1).Percent);

    [Theory]
    [InlineData(-1, 28)]
    [InlineData(1, -28)]
    public void NegativeCountsAreRejected(int numerator, int denominator) =>
        Assert.Throws<ArgumentException>(() => new Rate(numerator, denominator));
}
