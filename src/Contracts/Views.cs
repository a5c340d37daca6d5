using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>Whose credential it is; on the wire as the names given here.</summary>
[JsonConverter(typeof(WireEnumConverter<Role>))]
public enum Role
{
    /// <summary>人大代表: signs in on a tablet and votes.</summary>
    [JsonStringEnumMemberName("deputy")] Deputy,

    /// <summary>主席团: opens and closes ballots, decides what the rules leave to it.</summary>
    [JsonStringEnumMemberName("presidium")] Presidium,

    /// <summary>秘书处: the roster, credentials, the agenda, publication.</summary>
    [JsonStringEnumMemberName("secretariat")] Secretariat,

    /// <summary>监票人: watches the count and signs its record.</summary>
    [JsonStringEnumMemberName("scrutineer")] Scrutineer,

    /// <summary>The hall's big screen (大屏): reads one sitting's figures through a viewer link, changes nothing.</summary>
    [JsonStringEnumMemberName("viewer")] Viewer,

    /// <summary>代表 between sittings: a deputy of a term on their phone, with a personal credential that no sitting accepts.</summary>
    [JsonStringEnumMemberName("term-deputy")] TermDeputy,

    /// <summary>承办单位: a department that answers the suggestions and reports on the projects assigned to it.</summary>
    [JsonStringEnumMemberName("department")] Department,
}

public static class Roles
{
    /// <summary>The roles of the venue's staff, who hold named credentials.</summary>
    public static readonly IReadOnlyList<Role> Staff = [Role.Presidium, Role.Secretariat, Role.Scrutineer];

    public static bool IsStaff(this Role role) => role is Role.Presidium or Role.Secretariat or Role.Scrutineer;

    /// <summary>The role's name as people say it.</summary>
    public static string Title(this Role role) => role switch
    {
        Role.Deputy => "代表",
        Role.Presidium => "主席团",
        Role.Secretariat => "大会秘书处",
        Role.Scrutineer => "监票人",
        Role.TermDeputy => "代表（闭会期间）",
        Role.Department => "承办单位",
        _ => "大屏",
    };
}

/// <summary>Who a credential belongs to. Deputies carry their sitting, name and number.</summary>
public sealed record IdentityView(Role Role, string Name, string? DeputyNumber, int? SittingId, int? TermId = null);

/// <summary>
/// A sitting: its quorum rule, the term it belongs to (null until the secretariat chooses one) and whether a term
/// deputy's personal credential signs in at its hall (允许代表以个人代表证签到, off by default).
/// </summary>
public sealed record SittingView(
    int Id, string Name, int QuorumNumerator, int QuorumDenominator, int? TermId = null, bool AcceptPersonalCredentials = false);

/// <summary>应到 (Expected), 实到 (Present), 请假 (OnLeave), 缺席 (Absent) and the announcement sentence.</summary>
public sealed record AttendanceView(
    int SittingId, int Expected, int Present, int OnLeave, int Absent, bool QuorumMet, string Sentence);

/// <summary>
/// One item of a ballot: a candidate project (name, content, budget in 万元, lead department), an appraisal target
/// (a department, an official, a deputy reporting; <see cref="Group"/> such as 副镇长), or the motion itself.
/// <see cref="OriginItemId"/> is the item of the first round that a run-off's item stands for.
/// </summary>
public sealed record ItemView(
    int Id, string Name, string Content, decimal? BudgetWan, string LeadDepartment, string Group, int? OriginItemId);

/// <summary>A choice a deputy may make on each item of a per-item ballot, e.g. "for" / 赞成.</summary>
public sealed record OptionView(ChoiceOption Code, string Label);

/// <summary>The settings a ballot was defined with, as its result states them.</summary>
public sealed record BallotSettingsView(
    int Places, string? PassRule, string? Scale, string? GradeThreshold, string? GradeDenominator, string? Purpose);

/// <summary>Where a ballot stands; on the wire as the names given here.</summary>
[JsonConverter(typeof(WireEnumConverter<BallotState>))]
public enum BallotState
{
    [JsonStringEnumMemberName("draft")] Draft,
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("closed")] Closed,
}

public static class PassRules
{
    /// <summary>赞成 strictly more than half of all current deputies (default).</summary>
    public const string MajorityOfAllDeputies = "majority-of-all-deputies";

    /// <summary>Top N by 赞成, no majority floor.</summary>
    public const string Plurality = "plurality";
}

/// <summary>
/// A ballot as clients see it. <see cref="Options"/> are the choices for each item of a per-item kind (empty for
/// select-up-to-N); <see cref="Round"/> counts rounds of the same question (第一轮 / 第二轮), and
/// <see cref="PreviousBallotId"/> with <see cref="Relation"/> says which earlier ballot this one follows.
/// <see cref="OpenedAt"/> is when voting began (null for a draft), for the elapsed time the hall and the chair see.
/// </summary>
public sealed record BallotView(
    int Id, int SittingId, int AgendaPosition, BallotKind Kind, string Title, int Places, bool Secret,
    BallotState State, int Round, int? PreviousBallotId, string? Relation, BallotSettingsView Settings,
    IReadOnlyList<OptionView> Options, IReadOnlyList<ItemView> Items, DateTimeOffset? OpenedAt = null);

/// <summary>A deputy's own standing on one open ballot: issued a ballot, and whether it has been cast.</summary>
public sealed record MyBallotStatus(int BallotId, bool Issued, bool Cast);

/// <summary>Everything a client needs after (re)connecting.</summary>
public sealed record SittingState(
    IdentityView Me, SittingView Sitting, AttendanceView Attendance,
    IReadOnlyList<BallotView> OpenBallots, IReadOnlyList<MyBallotStatus> MyBallots);

/// <summary>
/// How far an open ballot has got: ballots issued and cast. <see cref="Sealed"/> is true while its box key is not in
/// the server's memory (the server restarted mid-ballot): it cannot be closed until a scrutineer unseals it.
/// </summary>
public sealed record BallotProgress(int BallotId, int Issued, int Cast, bool Sealed = false);
