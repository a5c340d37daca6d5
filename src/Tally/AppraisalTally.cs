namespace PeoplesCongress.Tally;

// RULES.md "Ballot kinds" 2 and 3: counted per target, graded, ranked, and the 不满意 ones listed to rectify.
public static class AppraisalTally
{
    public static AppraisalResult Count(AppraisalVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var returned = vote.Ballots.Count;
        var voteValid = WholeVoteValidity.IsValid(vote.Issued, returned);
        var counted = vote.Targets.Select(t => CountTarget(vote, t, voteValid)).ToList();
        var ranks = AppraisalRank.Of([.. counted.Select(t => t.Rates[0])]);
        var targets = counted.Zip(ranks, (target, rank) => target with { Rank = rank }).ToList();

        var lowest = vote.Scale.Levels.Count - 1;
        var result = new AppraisalResult(
            vote.Issued, returned, voteValid, targets,
            [.. targets.Where(t => t.Grade == lowest).Select(t => t.Id)],
            [.. targets.Where(t => t.ExactThreshold).Select(t => t.Id)],
            Announcement: "");
        return result with { Announcement = AppraisalAnnouncement.Compose(result, vote.Scale, vote.Rule.Threshold) };
    }

    // Marks on ids that are not targets are never read; a bad mark voids only its own target's vote.
    private static TargetResult CountTarget(AppraisalVote vote, Candidate target, bool voteValid)
    {
        var scale = vote.Scale;
        var marks = vote.Ballots
            .Select(b => AppraisalMark.Read(b.Marks.GetValueOrDefault(target.Id), scale.OptionCount))
            .ToList();
        var counts = Enumerable.Range(0, scale.OptionCount).Select(option => marks.Count(m => m == option)).ToList();
        var valid = counts.Sum();
        var levels = counts.Take(scale.Levels.Count).ToList();

        // An invalid vote is repeated, so nothing is graded; the counts are still published.
        var grade = voteValid ? AppraisalGrade.Decide(vote.Rule, levels, DenominatorOf(vote, valid)) : GradeDecision.None;
        return new TargetResult(
            target.Id, target.Name, counts, valid, marks.Count - valid,
            [.. counts.Select(count => new Rate(count, valid))],
            new Rate(levels.SkipLast(1).Sum(), valid),
            grade.Level, grade.ExactThreshold, grade.Between,
            Rank: 0);
    }

    private static int DenominatorOf(AppraisalVote vote, int valid) => vote.Rule.Denominator switch
    {
        Denominator.AllCurrentMembers => vote.CurrentDeputies,
        Denominator.ValidVotes => valid,
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote.Rule.Denominator, "未知的测评等次分母。"),
    };
}
