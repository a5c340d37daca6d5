namespace PeoplesCongress.Tally.Tests;

public class MotionTallyTests
{
    [Fact]
    public void PassesWithMajorityOfAllDeputiesEvenIfFewArePresent()
    {
        var result = Motions.Count(currentDeputies: 45, issued: 30, Motions.WithVotes(23, 5, 2));

        Assert.True(result.Passed);
        Assert.Equal((23, 5, 2), (result.For, result.Against, result.Abstain));
    }

    [Fact]
    public void MajorityOfThoseVotingIsNotEnough()
    {
        // 22 of 30 voting is a large majority of the room, but not more than half of 45 deputies.
        var result = Motions.Count(currentDeputies: 45, issued: 30, Motions.WithVotes(22, 6, 2));

        Assert.True(result.VoteValid);
        Assert.False(result.Passed);
    }

    [Fact]
    public void BlankAndDoubleMarkedBallotsAreInvalid()
    {
        IEnumerable<IReadOnlyList<Approval>> ballots =
        [
            .. Motions.WithVotes(30, 2, 1),
            Motions.Ballot(),
            Motions.Ballot(Approval.For, Approval.Against),
            Motions.Ballot(Approval.For, Approval.For),
            Motions.Ballot((Approval)7),
        ];

        var result = Motions.Count(currentDeputies: 45, issued: 45, ballots);

        Assert.Equal((37, 33, 4), (result.Returned, result.Valid, result.Invalid));
        Assert.Equal((30, 2, 1), (result.For, result.Against, result.Abstain));
        Assert.True(result.Passed);
    }

    [Fact]
    public void UnreturnedBallotsAreNotVoting()
    {
        var result = Motions.Count(currentDeputies: 45, issued: 44, Motions.WithVotes(30, 5, 5));

        Assert.Equal((44, 40, 4), (result.Issued, result.Returned, result.NotVoting));
    }

    [Fact]
    public void MoreReturnedThanIssuedIsInvalidAndDoesNotPass()
    {
        var result = Motions.Count(currentDeputies: 45, issued: 44, Motions.WithVotes(43, 1, 1));

        Assert.False(result.VoteValid);
        Assert.False(result.Passed);
        Assert.Equal((45, 43, 0), (result.Returned, result.For, result.NotVoting));
    }

    [Fact]
    public void NoDeputiesCanPassNothing() =>
        Assert.False(Motions.Count(currentDeputies: 0, issued: 0, []).Passed);

    [Theory]
    [InlineData(-1, 45)]
    [InlineData(45, -1)]
    public void ImpossibleSettingsAreRejected(int currentDeputies, int issued) =>
        Assert.Throws<ArgumentException>(() => new MotionVote(currentDeputies, issued, []));
}
