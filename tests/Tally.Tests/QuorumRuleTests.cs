namespace PeoplesCongress.Tally.Tests;

public class QuorumRuleTests
{
    [Fact]
    public void ExactlyTwoThirdsIsNotQuorum() =>
        Assert.False(QuorumRule.TwoThirds.IsMet(present: 30, current: 45));

    [Fact]
    public void MoreThanTwoThirdsIsQuorum() =>
        Assert.True(QuorumRule.TwoThirds.IsMet(present: 31, current: 45));

    [Fact]
    public void NoCurrentDeputiesIsNeverQuorum()
    {
        Assert.False(QuorumRule.TwoThirds.IsMet(present: 0, current: 0));
        Assert.False(new QuorumRule(0, 1).IsMet(present: 0, current: 0));
    }

    [Fact]
    public void LishuiSittingHasQuorum() =>
        Assert.True(QuorumRule.TwoThirds.IsMet(present: 314, current: 327));

    [Fact]
    public void HalfRuleNeedsMoreThanHalf()
    {
        var half = new QuorumRule(1, 2);
        Assert.False(half.IsMet(present: 22, current: 44));
        Assert.True(half.IsMet(present: 23, current: 44));
    }

    [Theory]
    [InlineData(2, 3, "三分之二")]
    [InlineData(1, 2, "二分之一")]
    [InlineData(3, 5, "3/5")]
    public void DescribesThresholdInChinese(int numerator, int denominator, string expected) =>
        Assert.Equal(expected, new QuorumRule(numerator, denominator).Describe());
}
