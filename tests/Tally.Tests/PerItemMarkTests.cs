namespace PeoplesCongress.Tally.Tests;

public class PerItemMarkTests
{
    [Theory]
    [InlineData(Approval.For)]
    [InlineData(Approval.Against)]
    [InlineData(Approval.Abstain)]
    public void SingleMarkCountsAsCast(Approval mark) => Assert.Equal(mark, PerItemMark.Read([mark]));

    [Fact]
    public void UnmarkedItemIsAbstention()
    {
        Assert.Equal(Approval.Abstain, PerItemMark.Read(null));
        Assert.Equal(Approval.Abstain, PerItemMark.Read([]));
    }

    [Fact]
    public void TwoMarksOnOneItemAreInvalid()
    {
        Assert.Null(PerItemMark.Read([Approval.For, Approval.Against]));
        Assert.Null(PerItemMark.Read([Approval.For, Approval.For]));
    }

    [Fact]
    public void UnknownMarkIsInvalid() => Assert.Null(PerItemMark.Read([(Approval)7]));

    [Fact]
    public void DoubleMarkVoidsThatItemOnly()
    {
        var candidates = Votes.Candidates("甲", "乙", "丙");
        ApprovalBallot[] ballots =
        [
            Approvals.Ballot((1, Approval.For), (1, Approval.Against), (2, Approval.For), (3, Approval.Against)),
            Approvals.Ballot((1, Approval.For), (2, Approval.Against)),
        ];

        var result = Approvals.Count(currentDeputies: 3, places: 1, candidates, ballots);

        Assert.Equal(new ItemApprovals(1, 1, 0, 0, 1), result.CountOf(1));
        Assert.Equal(new ItemApprovals(2, 1, 1, 0, 0), result.CountOf(2));
        Assert.Equal(new ItemApprovals(3, 0, 1, 1, 0), result.CountOf(3));
    }

    [Fact]
    public void MarksOnIdsThatAreNoCandidateAreIgnored()
    {
        var candidates = Votes.Candidates("甲", "乙");
        var ballot = Approvals.Ballot((1, Approval.For), (9, Approval.For), (9, Approval.Against));

        var result = Approvals.Count(currentDeputies: 1, places: 1, candidates, [ballot]);

        Assert.Equal([new ItemApprovals(1, 1, 0, 0, 0), new ItemApprovals(2, 0, 0, 1, 0)], result.Counts);
        Assert.Equal([1], result.Adopted);
    }
}
