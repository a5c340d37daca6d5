using FsCheck.Xunit;

namespace PeoplesCongress.Tally.Tests;

[Properties(Arbitrary = [typeof(MarkedBallotArbitraries)], MaxTest = 500)]
public class MotionTallyProperties
{
    [Property]
    public bool ShufflingBallotsNeverChangesTheResult(ShuffledMotionVote pair) =>
        MotionTally.Count(pair.Vote) == MotionTally.Count(pair.Shuffled);

    [Property]
    public bool CountsAddUpToReturnedBallots(MotionVote vote)
    {
        var result = MotionTally.Count(vote);
        return result.Returned == vote.Ballots.Count
            && result.For + result.Against + result.Abstain == result.Valid
            && result.Valid + result.Invalid == result.Returned
            && (!result.VoteValid || result.NotVoting == result.Issued - result.Returned);
    }

    [Property]
    public bool PassesOnlyWithMoreThanHalfOfAllDeputies(MotionVote vote)
    {
        var result = MotionTally.Count(vote);
        return result.Passed == (result.VoteValid && 2 * result.For > vote.CurrentDeputies);
    }
}
