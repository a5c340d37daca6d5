namespace PeoplesCongress.Contracts;

public sealed record CreateSittingRequest(string Name, int? QuorumNumerator = null, int? QuorumDenominator = null);

public static class DeputyStatuses
{
    public const string Current = "current";
    public const string Suspended = "suspended";
    public const string Ended = "ended";
}

public sealed record DeputyView(
    int Id, string Number, string Name, string Delegation, string Status, bool OnLeave, bool SignedIn, bool HasCredential);

public sealed record RosterImported(int Added, int Updated, int Total);

public sealed record RosterRowError(int Row, string Message);

public sealed record SetLeaveRequest(bool OnLeave);

public sealed record NewProject(string Name, string Content, decimal BudgetWan, string LeadDepartment);

public sealed record CreateBallotRequest(
    string Title, int Places, IReadOnlyList<NewProject> Projects, string? PassRule = null);

public sealed record CreateStaffCredentialRequest(string Role, string Name);

/// <summary>A freshly issued credential. The code is shown once: the server keeps only its hash.</summary>
public sealed record IssuedCredential(string Role, string Name, string? DeputyNumber, string Code);

/// <summary>Deputies to (re)issue credentials to; none named means every current deputy of the sitting.</summary>
public sealed record IssueCredentialsRequest(IReadOnlyList<string>? DeputyNumbers = null);
