using FsCheck.Xunit;

namespace PeoplesCongress.Tally.Tests;

[Properties(Arbitrary = [typeof(MarkedBallotArbitraries)], MaxTest = 500)]
public class AppraisalTallyProperties
{
    [Property]
    public bool ShufflingBallotsNeverChangesTheResult(ShuffledAppraisalVote pair) =>
        Canonical(AppraisalTally.Count(pair.Vote)) == Canonical(AppraisalTally.Count(pair.Shuffled));

    [Property]
    public bool EveryTargetAccountsForEveryReturnedBallot(AppraisalVote vote)
    {
        var result = AppraisalTally.Count(vote);
        return result.Returned == vote.Ballots.Count
            && result.Targets.All(t =>
                t.Counts.Count == vote.Scale.OptionCount
                && t.Counts.Sum() == t.Valid
                && t.Valid + t.Invalid == result.Returned);
    }

    [Property]
    public bool EveryTargetHasAGradeOrAFlagOrNothingToShare(AppraisalVote vote)
    {
        var result = AppraisalTally.Count(vote);
        return result.Targets.All(t =>
            !result.VoteValid ? t.Grade is null && !t.ExactThreshold
            : t.ExactThreshold ? t.Grade is null && t.Between.Count == 2 && t.Between[1] == t.Between[0] + 1
            : t.Grade is not null || (vote.Rule.Denominator == Denominator.ValidVotes ? t.Valid : vote.CurrentDeputies) == 0);
    }

    [Property]
    public bool EqualBestLevelRatesShareARank(AppraisalVote vote)
    {
        var targets = AppraisalTally.Count(vote).Targets;
        return targets.All(a => targets
            .Where(b => (long)a.Counts[0] * b.Valid == (long)b.Counts[0] * a.Valid && (a.Valid == 0) == (b.Valid == 0))
            .All(b => b.Rank == a.Rank));
    }

    private static string Canonical(AppraisalResult r) => string.Join(" | ",
        r.Issued, r.Returned, r.VoteValid,
        string.Join("; ", r.Targets.Select(t => string.Join(" ",
            t.Id, t.Name, string.Join(",", t.Counts), t.Valid, t.Invalid,
            string.Join(",", t.Rates.Select(rate => rate.Percent)), t.Combined.Percent,
            t.Grade, t.ExactThreshold, string.Join(",", t.Between), t.Rank))),
        string.Join(", ", r.ToRectify),
        string.Join(", ", r.ExactThreshold),
        r.Announcement);
}
