namespace PeoplesCongress.Contracts;

public static class ProjectOutcomes
{
    public const string Adopted = "adopted";
    public const string RunOffNeeded = "run-off-needed";
    public const string PassedNotAdopted = "passed-not-adopted";
    public const string NotPassed = "not-passed";
}

public sealed record ProjectResultView(int ProjectId, string Name, int Votes, bool Passed, int? Rank, string Outcome);

/// <summary>Projects tied on <paramref name="Votes"/> across the last place: a run-off among them decides.</summary>
public sealed record RunOffView(IReadOnlyList<int> ProjectIds, int Votes, int PlacesLeft);

/// <summary>Fewer projects passed than there are places: the presidium decides what follows.</summary>
public sealed record ShortfallView(int Adopted, int Places);

/// <summary>The certified result of a closed ballot, as stored and as pushed to every client.</summary>
public sealed record BallotResultView(
    int BallotId, int SittingId, string Kind, string Title, bool Secret, string PassRule, int Places,
    int CurrentDeputies, int Issued, int Returned, int Valid, int Invalid, bool VoteValid,
    IReadOnlyList<ProjectResultView> Projects, IReadOnlyList<int> Adopted,
    RunOffView? RunOff, ShortfallView? Shortfall, string Announcement, DateTimeOffset ClosedAt);
