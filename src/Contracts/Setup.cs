using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

public sealed record CreateSittingRequest(string Name, int? QuorumNumerator = null, int? QuorumDenominator = null);

/// <summary>A deputy's mandate (代表资格): 在任, 暂停执行代表职务, 代表资格终止; on the wire and on disk as the names given here.</summary>
[JsonConverter(typeof(WireEnumConverter<DeputyStatus>))]
public enum DeputyStatus
{
    [JsonStringEnumMemberName("current")] Current,
    [JsonStringEnumMemberName("suspended")] Suspended,
    [JsonStringEnumMemberName("ended")] Ended,
}

/// <summary>
/// A deputy on the roster. <paramref name="SignedInAt"/> and <paramref name="SignInSource"/> tell when and how the
/// deputy signed in: on their tablet, or by hand by the secretariat.
/// </summary>
public sealed record DeputyView(
    int Id, string Number, string Name, string Delegation, DeputyStatus Status, bool OnLeave, bool SignedIn, bool HasCredential,
    DateTimeOffset? SignedInAt = null, SignInSource? SignInSource = null);

/// <summary>How a deputy signed in: 平板 (their own tablet connected) or 代为签到 (by hand, by the secretariat).</summary>
[JsonConverter(typeof(WireEnumConverter<SignInSource>))]
public enum SignInSource
{
    [JsonStringEnumMemberName("tablet")] Tablet,
    [JsonStringEnumMemberName("hand")] Hand,
}

/// <summary>
/// What a roster import did; for a sitting of a term, <see cref="Unmatched"/> names (in Chinese) the rows whose 代表证号
/// is not in the term's register: their deputies cannot sign in with a personal credential.
/// </summary>
public sealed record RosterImported(int Added, int Updated, int Total, IReadOnlyList<string>? Unmatched = null);

/// <summary>The sitting's term (届), or none (null) to take the link away.</summary>
public sealed record LinkSittingTermRequest(int? TermId);

/// <summary>The sitting after its term was set, how many roster rows matched a deputy of the term, and the rows that did not.</summary>
public sealed record SittingTermLinked(SittingView Sitting, int Matched, IReadOnlyList<string> Unmatched);

/// <summary>允许代表以个人代表证签到: on or off.</summary>
public sealed record SetPersonalCredentialsRequest(bool Accept);

public sealed record RosterRowError(int Row, string Message);

public sealed record SetLeaveRequest(bool OnLeave);

/// <summary>A candidate project (with budget in 万元 and lead department) or an appraisal target (with its group).</summary>
public sealed record NewItem(string Name, string Content = "", decimal? BudgetWan = null, string LeadDepartment = "", string Group = "");

/// <summary>
/// A ballot on the agenda. <paramref name="Kind"/> is one of <see cref="BallotKind"/>. Project kinds need
/// <paramref name="Places"/> (N) and may set <paramref name="PassRule"/>; appraisals may set the scale, the grade
/// threshold (default 1/2) and its denominator (default all current deputies); a motion needs no items (its title is
/// the motion). Every ballot is secret unless it is a deputy's rating of their own suggestion's handling.
/// </summary>
public sealed record CreateBallotRequest(
    string Title, IReadOnlyList<NewItem>? Items = null, BallotKind Kind = BallotKind.ProjectSelection, int Places = 0,
    string? PassRule = null, string? Scale = null, int? GradeThresholdNumerator = null, int? GradeThresholdDenominator = null,
    string? GradeDenominator = null, bool Secret = true, string? Purpose = null);

/// <summary>The presidium's grade for a target flagged exact-threshold: one of the item's gradeBetween options.</summary>
public sealed record GradeDecisionRequest(int ItemId, string Grade, string? Note = null);

/// <summary>The presidium's decision on a shortfall (<see cref="ShortfallDecisions"/>), with an optional note.</summary>
public sealed record ShortfallDecisionRequest(string Decision, string? Note = null);

public sealed record CreateStaffCredentialRequest(Role Role, string Name);

/// <summary>A staff credential as the secretariat lists it (never its code).</summary>
public sealed record StaffCredentialView(int Id, Role Role, string Name, int? SittingId, DateTimeOffset IssuedAt, bool Revoked);

/// <summary>A link for the big screen: the page reads the code from the part after "#", which browsers never send.</summary>
public sealed record ViewerLinkView(int SittingId, string Code, string Path);

/// <summary>
/// A freshly issued credential. The code is shown once: the server keeps only its hash. <paramref name="Qr"/> is the
/// code as a QR image (a data: URL of a PNG), for the printable card the staff pages show.
/// </summary>
public sealed record IssuedCredential(Role Role, string Name, string? DeputyNumber, string Code, string? Qr = null);

/// <summary>Deputies to (re)issue credentials to; none named means every current deputy of the sitting.</summary>
public sealed record IssueCredentialsRequest(IReadOnlyList<string>? DeputyNumbers = null);
