using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>民生实事项目票决 in both forms: select up to N of M, and per item 赞成 / 反对 / 弃权.</summary>
public static class ProjectCounts
{
    internal static KindCount Selection(CountDefinition ballot, BoxContents box)
    {
        var items = ballot.Items;
        var result = SelectionTally.Count(new SelectionVote(
            box.CurrentDeputies, box.Issued, ballot.Places, ballot.PassRule, Candidates(items),
            box.Choices.Select(c => new SelectionBallot(BoxChoices.DecodeMarks(c))).ToList()));
        var views = items.Zip(result.Candidates, (item, c) => Item(item, c,
            [BallotOptions.ApprovalCounts(c.Votes, 0, 0)[0]], result.Valid, result.Invalid)).ToList();
        return Project(result.Valid, result.Invalid, result.VoteValid, views, result.Adopted, result.RunOff, result.Shortfall, result.Announcement, items);
    }

    internal static KindCount Approval(CountDefinition ballot, BoxContents box)
    {
        var items = ballot.Items;
        var result = ApprovalTally.Count(new ApprovalVote(
            box.CurrentDeputies, box.Issued, ballot.Places, ballot.PassRule, Candidates(items),
            box.Choices.Select(c => new ApprovalBallot(BoxChoices.DecodeChoices(c)
                .ToDictionary(x => x.Key, x => BallotOptions.ApprovalMarks(x.Value)))).ToList()));
        var views = items.Zip(result.Candidates, result.Counts).Select(x => Item(x.First, x.Second,
            BallotOptions.ApprovalCounts(x.Third.For, x.Third.Against, x.Third.Abstain),
            x.Third.For + x.Third.Against + x.Third.Abstain, x.Third.Invalid)).ToList();
        return Project(result.Returned, 0, result.VoteValid, views, result.Adopted, result.RunOff, result.Shortfall, result.Announcement, items);
    }

    private static KindCount Project(
        int valid, int invalid, bool voteValid, List<ItemResultView> views, IReadOnlyList<int> adopted,
        RunOff? runOff, Shortfall? shortfall, string announcement, IReadOnlyList<CountItem> items)
    {
        var flags = new List<ResultFlagView>();
        if (runOff is not null)
        {
            flags.Add(new ResultFlagView(ResultFlags.RunOffNeeded, runOff.CandidateIds,
                Wording.RunOff(Names(items, runOff.CandidateIds), runOff.Votes, runOff.PlacesLeft)));
        }
        if (shortfall is not null)
        {
            flags.Add(new ResultFlagView(ResultFlags.Shortfall, [], Wording.Shortfall(shortfall.Places, shortfall.Adopted)));
        }
        return new KindCount(valid, invalid, voteValid, views, adopted, null,
            runOff is null ? null : new RunOffView(runOff.CandidateIds, runOff.Votes, runOff.PlacesLeft),
            shortfall is null ? null : new ShortfallView(shortfall.Adopted, shortfall.Places),
            [], flags, announcement);
    }

    private static ItemResultView Item(CountItem item, CandidateResult result, IReadOnlyList<OptionCountView> counts, int valid, int invalid) => new(
        item.Id, item.Name, item.Group, item.OriginItemId, counts, valid, invalid,
        result.Votes, result.Passed, result.Rank, Outcome(result.Outcome), [], null, null, null, false);

    private static List<Candidate> Candidates(IReadOnlyList<CountItem> items) => items.Select(i => new Candidate(i.Id, i.Name)).ToList();

    internal static string Names(IEnumerable<CountItem> items, IEnumerable<int> ids) =>
        string.Join("、", ids.Select(id => items.Single(i => i.Id == id).Name));

    private static readonly IReadOnlyDictionary<CandidateOutcome, string> OutcomeCodes = new Dictionary<CandidateOutcome, string>
    {
        [CandidateOutcome.Adopted] = ProjectOutcomes.Adopted,
        [CandidateOutcome.RunOffNeeded] = ProjectOutcomes.RunOffNeeded,
        [CandidateOutcome.PassedNotAdopted] = ProjectOutcomes.PassedNotAdopted,
        [CandidateOutcome.NotPassed] = ProjectOutcomes.NotPassed,
    };

    private static string Outcome(CandidateOutcome outcome) => OutcomeCodes[outcome];

    /// <summary>The words of a project's outcome code, as the rules say them.</summary>
    public static string OutcomeWords(string? code) =>
        Wording.Of(OutcomeCodes.FirstOrDefault(o => o.Value == code, new(CandidateOutcome.NotPassed, "")).Key);
}
