using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>
/// The count of a closed ballot of any kind: its box counted by the kind's rules and the figures put in the one
/// certified result shape (<see cref="BallotResultView"/>). The venue server counts with <see cref="Calculate"/>;
/// anyone holding a published result and its box recounts with <see cref="Recount"/> and gets an equal record.
/// </summary>
public static class ResultCount
{
    /// <summary>Said in the announcement of a ballot counted by hand from paper.</summary>
    public const string ByHandSentence = "本次表决使用纸质选票，由监票人监督人工计票。";

    /// <summary>
    /// Counts <paramref name="box"/>. <paramref name="previous"/> is the earlier round a run-off or further ballot
    /// completes (its final list of adopted projects).
    /// </summary>
    public static BallotResultView Calculate(
        CountDefinition ballot, BoxContents box, BallotResultView? previous, DateTimeOffset closedAt,
        string countedBy = CountMethods.Electronic, string? countNote = null)
    {
        var counted = CountKind(ballot, box);
        var final = RoundsCombined.FinalAdopted(ballot, counted, previous);
        var announcement = counted.Announcement + (counted.VoteValid ? RoundsCombined.Sentence(ballot, final, previous) : "")
            + (countedBy == CountMethods.ByHand ? ByHandSentence : "");
        return new BallotResultView(
            ballot.BallotId, ballot.SittingId, ballot.Kind, ballot.Title, ballot.Round, ballot.PreviousBallotId, ballot.Relation,
            ballot.Secret, countedBy, ballot.Settings,
            box.CurrentDeputies, box.Issued, box.Choices.Count, counted.Valid, counted.Invalid, counted.VoteValid,
            Math.Max(0, box.Issued - box.Choices.Count),
            counted.Items, counted.Adopted, final, counted.Passed, counted.RunOff, counted.Shortfall,
            counted.ToRectify, counted.Flags, announcement, closedAt, CountNote: countNote,
            PassThreshold: ballot.MajorityFloor
                ? new(MajorityOfAllDeputies.SmallestPassing(box.CurrentDeputies), Wording.MajorityThreshold(box.CurrentDeputies))
                : null);
    }

    /// <summary>
    /// Recounts a published box by the same rules, with no server: the ballot (kind, settings, items, round, relation,
    /// title), the current deputies, the ballots issued, the closing time, the count method and its note are taken
    /// from <paramref name="published"/>; <paramref name="previousRound"/> is the published result of the round a
    /// run-off or further ballot completes. Every figure the count produces is recounted; what it does not produce
    /// (the presidium's later decisions, and whatever else the record carries beside the figures) stands as published,
    /// so a faithful box gives a record equal to <paramref name="published"/>, and <see cref="ResultComparison"/>
    /// names any figure that is not. A row that is no ballot of this kind is <see cref="FormatException"/>; a result
    /// stating a ballot the count cannot take (an unknown kind, a grade threshold that is no fraction) is
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public static BallotResultView Recount(BallotResultView published, IReadOnlyList<string> box, BallotResultView? previousRound)
    {
        var recounted = Calculate(DefinitionOf(published), new BoxContents(published.CurrentDeputies, published.Issued, box),
            previousRound, published.ClosedAt, published.CountedBy, published.CountNote);
        return published with
        {
            Returned = recounted.Returned, Valid = recounted.Valid, Invalid = recounted.Invalid, VoteValid = recounted.VoteValid,
            NotVoting = recounted.NotVoting, Items = recounted.Items, Adopted = recounted.Adopted,
            FinalAdopted = recounted.FinalAdopted, Passed = recounted.Passed, RunOff = recounted.RunOff,
            Shortfall = recounted.Shortfall, ToRectify = recounted.ToRectify, Flags = recounted.Flags,
            Announcement = recounted.Announcement, PassThreshold = recounted.PassThreshold,
        };
    }

    /// <summary>The ballot a published result states: what <see cref="Recount"/> counts by.</summary>
    public static CountDefinition DefinitionOf(BallotResultView published) => new(
        published.BallotId, published.SittingId, published.Kind, published.Title, published.Round, published.PreviousBallotId,
        published.Relation, published.Secret, published.Settings,
        [.. published.Items.Select(i => new CountItem(i.ItemId, i.Name, i.Group, i.OriginItemId))]);

    /// <summary>Whether the kind adopts the top N projects, with run-offs, shortfalls and rounds combined.</summary>
    public static bool AdoptsProjects(BallotKind kind) => kind is BallotKind.ProjectSelection or BallotKind.ProjectApproval;

    private static KindCount CountKind(CountDefinition ballot, BoxContents box) => ballot.Kind switch
    {
        BallotKind.ProjectSelection => ProjectCounts.Selection(ballot, box),
        BallotKind.ProjectApproval => ProjectCounts.Approval(ballot, box),
        BallotKind.Satisfaction or BallotKind.Appraisal => AppraisalCount.Count(ballot, box),
        BallotKind.Motion => MotionCount.Count(ballot, box),
        _ => throw new ArgumentException($"表决类型“{ballot.Kind}”无法计票。", nameof(ballot)),
    };
}

/// <summary>The part of a result that depends on the kind of ballot.</summary>
internal sealed record KindCount(
    int Valid, int Invalid, bool VoteValid, IReadOnlyList<ItemResultView> Items, IReadOnlyList<int> Adopted, bool? Passed,
    RunOffView? RunOff, ShortfallView? Shortfall, IReadOnlyList<int> ToRectify, IReadOnlyList<ResultFlagView> Flags,
    string Announcement);
