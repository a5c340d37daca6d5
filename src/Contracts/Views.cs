namespace PeoplesCongress.Contracts;

public static class Roles
{
    public const string Deputy = "deputy";
    public const string Presidium = "presidium";
    public const string Secretariat = "secretariat";
    public const string Scrutineer = "scrutineer";

    public static readonly IReadOnlyList<string> Staff = [Presidium, Secretariat, Scrutineer];
}

/// <summary>Who a credential belongs to. Deputies carry their sitting, name and number.</summary>
public sealed record IdentityView(string Role, string Name, string? DeputyNumber, int? SittingId);

public sealed record SittingView(int Id, string Name, int QuorumNumerator, int QuorumDenominator);

/// <summary>应到 (Expected), 实到 (Present), 请假 (OnLeave), 缺席 (Absent) and the announcement sentence.</summary>
public sealed record AttendanceView(
    int SittingId, int Expected, int Present, int OnLeave, int Absent, bool QuorumMet, string Sentence);

public sealed record ProjectView(int Id, string Name, string Content, decimal BudgetWan, string LeadDepartment);

public static class BallotKinds
{
    /// <summary>民生实事项目票决, select up to N of M.</summary>
    public const string ProjectSelection = "project-selection";
}

public static class BallotStates
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Closed = "closed";
}

public static class PassRules
{
    /// <summary>赞成 strictly more than half of all current deputies (default).</summary>
    public const string MajorityOfAllDeputies = "majority-of-all-deputies";

    /// <summary>Top N by 赞成, no majority floor.</summary>
    public const string Plurality = "plurality";
}

public sealed record BallotView(
    int Id, int SittingId, string Kind, string Title, int Places, string PassRule, bool Secret, string State,
    IReadOnlyList<ProjectView> Projects);

/// <summary>A deputy's own standing on one open ballot: issued a ballot, and whether it has been cast.</summary>
public sealed record MyBallotStatus(int BallotId, bool Issued, bool Cast);

/// <summary>Everything a client needs after (re)connecting.</summary>
public sealed record SittingState(
    IdentityView Me, SittingView Sitting, AttendanceView Attendance,
    IReadOnlyList<BallotView> OpenBallots, IReadOnlyList<MyBallotStatus> MyBallots);

public sealed record BallotProgress(int BallotId, int Issued, int Cast);
