namespace PeoplesCongress.Contracts;

public static class ProjectOutcomes
{
    public const string Adopted = "adopted";
    public const string RunOffNeeded = "run-off-needed";
    public const string PassedNotAdopted = "passed-not-adopted";
    public const string NotPassed = "not-passed";
}

public sealed record OptionCountView(ChoiceOption Option, string Label, int Count);

public sealed record RateView(ChoiceOption Option, string Label, string Percent);

/// <summary>
/// One item's figures. Every kind fills <see cref="Counts"/>, <see cref="Valid"/> and <see cref="Invalid"/>;
/// project kinds add <see cref="Votes"/> (赞成), <see cref="Passed"/>, <see cref="Rank"/> and <see cref="Outcome"/>;
/// appraisals add <see cref="Rates"/> (to two decimals), <see cref="CombinedRate"/>, the grade and the rank.
/// </summary>
public sealed record ItemResultView(
    int ItemId, string Name, string Group, int? OriginItemId,
    IReadOnlyList<OptionCountView> Counts, int Valid, int Invalid,
    int? Votes, bool? Passed, int? Rank, string? Outcome,
    IReadOnlyList<RateView> Rates, string? CombinedRate, ChoiceOption? Grade, string? GradeLabel, bool ExactThreshold,
    IReadOnlyList<ChoiceOption>? GradeBetween = null);

/// <summary>Projects tied on <paramref name="Votes"/> across the last place: a run-off among them decides.</summary>
public sealed record RunOffView(IReadOnlyList<int> ItemIds, int Votes, int PlacesLeft);

/// <summary>Fewer projects passed than there are places: the presidium decides what follows.</summary>
public sealed record ShortfallView(int Adopted, int Places);

/// <summary>Something in the result the presidium must decide; the software decides none of these.</summary>
public sealed record ResultFlagView(string Code, IReadOnlyList<int> ItemIds, string Message);

/// <summary>
/// The pass rule's floor as people say it: the fewest 赞成 votes that pass (<see cref="Votes"/>, a whole number) and
/// the sentence for the hall. Present when the rule is a majority of all current deputies; absent under plurality
/// and for appraisals.
/// </summary>
public sealed record PassThresholdView(int Votes, string Wording);

/// <summary>A project on the final list: its first-round item id, its name, and the round that adopted it.</summary>
public sealed record AdoptedProjectView(int ItemId, string Name, int Round);

/// <summary>The grade the presidium decided for a target whose votes lay exactly on the threshold.</summary>
public sealed record GradeDecisionView(int ItemId, ChoiceOption Grade, string GradeLabel, string Note, DateTimeOffset DecidedAt);

/// <summary>The presidium's decision recorded after the count (the certified figures themselves never change).</summary>
public sealed record PresidiumDecisionView(string Decision, string Note, int? FollowUpBallotId, DateTimeOffset DecidedAt);

/// <summary>
/// The certified result of a closed ballot of any kind, as stored and as pushed to every client.
/// <see cref="FinalAdopted"/> is the list so far across the rounds of a run-off, further ballot or repeat.
/// <see cref="CountNote"/> is the secretariat's note on a hand count (why the vote went to paper).
/// <see cref="BoxRoot"/> is the box commitment (票箱校验值: the Merkle root over the box as published, 64 hex) and
/// <see cref="AuditHead"/> the audit chain's head at the count (操作记录校验值: the hash of the closing entry); both are
/// inside the stored record, so the scrutineers' signatures and the notice cover them. Null for older records.
/// </summary>
public sealed record BallotResultView(
    int BallotId, int SittingId, BallotKind Kind, string Title, int Round, int? PreviousBallotId, string? Relation,
    bool Secret, string CountedBy, BallotSettingsView Settings,
    int CurrentDeputies, int Issued, int Returned, int Valid, int Invalid, bool VoteValid, int NotVoting,
    IReadOnlyList<ItemResultView> Items, IReadOnlyList<int> Adopted, IReadOnlyList<AdoptedProjectView>? FinalAdopted, bool? Passed,
    RunOffView? RunOff, ShortfallView? Shortfall, IReadOnlyList<int> ToRectify, IReadOnlyList<ResultFlagView> Flags,
    string Announcement, DateTimeOffset ClosedAt, PresidiumDecisionView? Decision = null, string? CountNote = null,
    IReadOnlyList<GradeDecisionView>? GradeDecisions = null, PassThresholdView? PassThreshold = null,
    string? BoxRoot = null, string? AuditHead = null);

public static class CountMethods
{
    public const string Electronic = "electronic";
    public const string ByHand = "by-hand";
}
