namespace PeoplesCongress.Tally.Tests;

public class FractionTests
{
    [Theory]
    [InlineData(23, 45, true)]
    [InlineData(22, 45, false)]
    [InlineData(15, 30, false)]
    [InlineData(16, 30, true)]
    [InlineData(0, 0, false)]
    public void HalfIsExceededOnlyByMoreThanHalf(int part, int whole, bool exceeded) =>
        Assert.Equal(exceeded, Fraction.Half.IsExceededBy(part, whole));

    [Theory]
    [InlineData(15, 30, true)]
    [InlineData(14, 30, false)]
    [InlineData(22, 45, false)]
    [InlineData(23, 45, false)]
    public void HalfIsMetExactlyOnlyByHalf(int part, int whole, bool met) =>
        Assert.Equal(met, Fraction.Half.IsMetExactlyBy(part, whole));

    [Fact]
    public void TwoThirdsOfThirtyIsTwenty()
    {
        var twoThirds = new Fraction(2, 3);

        Assert.True(twoThirds.IsMetExactlyBy(20, 30));
        Assert.False(twoThirds.IsExceededBy(20, 30));
        Assert.True(twoThirds.IsExceededBy(21, 30));
    }

    [Fact]
    public void LargeCountsDoNotOverflow() =>
        Assert.True(new Fraction(2, 3).IsExceededBy(int.MaxValue, int.MaxValue));

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(1, 0)]
    [InlineData(1, -2)]
    public void ImpossibleFractionsAreRejected(int numerator, int denominator) =>
        Assert.Throws<ArgumentException>(() => new Fraction(numerator, denominator));
}
