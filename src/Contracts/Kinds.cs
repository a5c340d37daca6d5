using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>The kinds of ballot; on the wire as the names given here.</summary>
[JsonConverter(typeof(WireEnumConverter<BallotKind>))]
public enum BallotKind
{
    /// <summary>民生实事项目票决, select up to N of M (差额票决).</summary>
    [JsonStringEnumMemberName("project-selection")] ProjectSelection,

    /// <summary>民生实事项目票决, per item 赞成 / 反对 / 弃权; the top N passing projects are adopted.</summary>
    [JsonStringEnumMemberName("project-approval")] ProjectApproval,

    /// <summary>满意度测评 of departments or their reports.</summary>
    [JsonStringEnumMemberName("satisfaction")] Satisfaction,

    /// <summary>民主测评 / 述职评议 of officials or deputies reporting; the scale is a setting.</summary>
    [JsonStringEnumMemberName("appraisal")] Appraisal,

    /// <summary>表决 on a motion: a resolution, a 办法, the list of scrutineers.</summary>
    [JsonStringEnumMemberName("motion")] Motion,
}

public static class AppraisalScales
{
    /// <summary>满意 / 基本满意 / 不满意.</summary>
    public const string Satisfaction = "satisfaction";

    /// <summary>满意 / 基本满意 / 不满意 / 不了解.</summary>
    public const string SatisfactionWithUnknown = "satisfaction-with-unknown";

    /// <summary>优秀 / 称职 / 基本称职 / 不称职.</summary>
    public const string Competence = "competence";

    public static readonly IReadOnlyList<string> All = [Satisfaction, SatisfactionWithUnknown, Competence];
}

public static class GradeDenominators
{
    /// <summary>All current deputies (default, the 镇海 rule).</summary>
    public const string AllCurrentMembers = "all-current-members";

    /// <summary>The target's valid votes.</summary>
    public const string ValidVotes = "valid-votes";
}

/// <summary>How a ballot follows an earlier one.</summary>
public static class BallotRelations
{
    /// <summary>就票数相等的再次投票: only the tied projects, for the places left.</summary>
    public const string RunOff = "run-off";

    /// <summary>Fewer than N passed and the presidium chose a further ballot among the remaining projects.</summary>
    public const string FurtherBallot = "further-ballot";

    /// <summary>The vote is repeated (e.g. more ballots returned than issued).</summary>
    public const string Repeat = "repeat";
}

/// <summary>What the presidium decides when fewer projects pass than there are places.</summary>
public static class ShortfallDecisions
{
    public const string LeaveShort = "leave-short";
    public const string FurtherBallot = "further-ballot";
    public const string CarryOver = "carry-over";

    public static readonly IReadOnlyList<string> All = [LeaveShort, FurtherBallot, CarryOver];
}

/// <summary>Why a result needs the presidium.</summary>
public static class ResultFlags
{
    public const string RunOffNeeded = "run-off-needed";
    public const string Shortfall = "shortfall";
    public const string ExactThreshold = "exact-threshold";
}

public static class BallotPurposes
{
    /// <summary>A deputy's rating of the handling of their own suggestion: the one kind of vote that may be named (记名).</summary>
    public const string SuggestionHandling = "suggestion-handling";
}
