using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>表决 on a motion: 赞成 / 反对 / 弃权, passing with 赞成 from more than half of all current deputies.</summary>
internal static class MotionCount
{
    public static KindCount Count(CountDefinition ballot, BoxContents box)
    {
        var item = ballot.Items.Single();
        var result = MotionTally.Count(new MotionVote(box.CurrentDeputies, box.Issued,
            box.Choices.Select(c => (IReadOnlyList<Approval>)BoxChoices.DecodeChoices(c).Values.SelectMany(BallotOptions.ApprovalMarks).ToList()).ToList()));
        var view = new ItemResultView(item.Id, item.Name, item.Group, item.OriginItemId,
            BallotOptions.ApprovalCounts(result.For, result.Against, result.Abstain),
            result.Valid, result.Invalid, result.For, result.Passed, null, null, [], null, null, null, false);
        return new KindCount(result.Valid, result.Invalid, result.VoteValid, [view], [], result.Passed, null, null, [], [], result.Announcement);
    }
}
