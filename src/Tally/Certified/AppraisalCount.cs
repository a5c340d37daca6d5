using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>满意度测评 and 民主测评: counts, rates, grades by the ballot's rule, 整改 list and exact-threshold flags.</summary>
internal static class AppraisalCount
{
    public static KindCount Count(CountDefinition ballot, BoxContents box)
    {
        var options = BallotOptions.Levels(ballot.Settings.Scale);
        var items = ballot.Items;
        var result = AppraisalTally.Count(new AppraisalVote(
            box.CurrentDeputies, box.Issued, ballot.Scale, ballot.GradeRule,
            items.Select(i => new Candidate(i.Id, i.Name)).ToList(),
            box.Choices.Select(c => new AppraisalBallot(BoxChoices.DecodeChoices(c)
                .ToDictionary(x => x.Key, x => BallotOptions.LevelMarks(options, x.Value)))).ToList()));

        var views = items.Zip(result.Targets, (item, t) => new ItemResultView(
            item.Id, item.Name, item.Group, item.OriginItemId,
            options.Select((o, i) => new OptionCountView(o.Code, o.Label, t.Counts[i])).ToList(),
            t.Valid, t.Invalid, null, null, t.Rank, null,
            options.Select((o, i) => new RateView(o.Code, o.Label, t.Rates[i].Percent)).ToList(),
            t.Combined.Percent, t.Grade is { } g ? options[g].Code : null, t.Grade is { } l ? options[l].Label : null,
            t.ExactThreshold, t.ExactThreshold ? [.. t.Between.Select(b => options[b].Code)] : null)).ToList();
        var flags = result.Targets.Where(t => t.ExactThreshold).Select(t => new ResultFlagView(
            ResultFlags.ExactThreshold, [t.Id],
            Wording.ExactThresholdBetween(t.Name, options[t.Between[0]].Label, options[t.Between[1]].Label))).ToList();
        return new KindCount(result.Returned, 0, result.VoteValid, views, [], null, null, null, result.ToRectify, flags, result.Announcement);
    }
}
