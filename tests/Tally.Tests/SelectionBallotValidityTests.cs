namespace PeoplesCongress.Tally.Tests;

public class SelectionBallotValidityTests
{
    private static readonly IReadOnlySet<int> CandidateIds = new HashSet<int> { 1, 2, 3, 4 };

    [Fact]
    public void OverMarkedBallotIsInvalid() =>
        Assert.False(SelectionBallotValidity.IsValid(Votes.Ballot(1, 2, 3), places: 2, CandidateIds));

    [Fact]
    public void BallotMarkingAllPlacesIsValid() =>
        Assert.True(SelectionBallotValidity.IsValid(Votes.Ballot(1, 2), places: 2, CandidateIds));

    [Fact]
    public void BlankBallotIsValid() =>
        Assert.True(SelectionBallotValidity.IsValid(Votes.Ballot(), places: 2, CandidateIds));

    [Fact]
    public void UnknownMarkIsInvalid() =>
        Assert.False(SelectionBallotValidity.IsValid(Votes.Ballot(1, 9), places: 2, CandidateIds));

    [Fact]
    public void DuplicateMarkIsInvalid() =>
        Assert.False(SelectionBallotValidity.IsValid(Votes.Ballot(3, 3), places: 2, CandidateIds));

    [Fact]
    public void OnlyValidBallotsAreCounted()
    {
        var candidates = Votes.Candidates("甲", "乙", "丙", "丁");
        SelectionBallot[] ballots =
        [
            Votes.Ballot(1, 2), Votes.Ballot(1), Votes.Ballot(),
            Votes.Ballot(1, 2, 3), Votes.Ballot(2, 9), Votes.Ballot(3, 3),
        ];

        var result = Votes.Count(currentDeputies: 5, places: 2, candidates, ballots, PassRule.Plurality);

        Assert.Equal((6, 6, 3, 3), (result.Issued, result.Returned, result.Valid, result.Invalid));
        Assert.Equal([2, 1, 0, 0], result.Candidates.Select(c => c.Votes));
    }
}
