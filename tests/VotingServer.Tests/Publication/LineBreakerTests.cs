using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Tests.Publication;

/// <summary>Chinese line breaking (禁则): every character one unit wide, lines four units wide.</summary>
public sealed class LineBreakerTests
{
    private static List<string> Wrap(string text, double width = 4) => LineBreaker.Wrap(text, s => s.Length, width);

    [Fact]
    public void AClosingMarkNeverStartsALineItTakesTheLastCharacterDownWithIt()
    {
        Assert.Equal(["甲乙丙", "丁。戊己", "庚"], Wrap("甲乙丙丁。戊己庚"));
        Assert.Equal(["甲乙", "丙”。戊"], Wrap("甲乙丙”。戊"));
    }

    [Fact]
    public void AnOpeningMarkNeverEndsALine() => Assert.Equal(["甲乙丙", "“丁”"], Wrap("甲乙丙“丁”"));

    [Fact]
    public void AFigureStaysWholeWhenItFits()
    {
        Assert.Equal(["得票", "22.5%"], Wrap("得票22.5%", 5));
        Assert.Equal(["ab", "cdef"], Wrap("abcdef"));
        // A closing mark that takes the end of a figure down takes all of it.
        Assert.Equal(["率", "33.3%，"], Wrap("率33.3%，", 6));
        // And the opening mark before the figure it takes down goes with it.
        Assert.Equal(["甲", "（12%）", "乙"], Wrap("甲（12%）乙", 5));
    }

    [Fact]
    public void EveryCharacterIsKept()
    {
        var text = "发出表决票9张，收回9张，有效票9张，无效票0张，本次票决有效。（“危桥改造项目”）获得通过。";
        foreach (var width in new[] { 3.0, 5, 7, 11 })
        {
            var lines = Wrap(text, width);
            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines.Skip(1), line => Assert.DoesNotContain(line[0], LineBreaker.NoStart));
            Assert.All(lines.SkipLast(1), line => Assert.DoesNotContain(line[^1], LineBreaker.NoEnd));
        }
    }
}
