namespace PeoplesCongress.Tally;

public sealed record Candidate(int Id, string Name);

// Marks as cast; a hand-counted paper ballot may carry more marks than places, or the same mark twice.
public sealed record SelectionBallot(IReadOnlyList<int> Marks);

// RULES.md "Livelihood-project vote", form "Select up to N of M (差额票决)": M candidates fixed before the vote, N places.
public sealed record SelectionVote(
    int CurrentDeputies, int Issued, int Places, PassRule PassRule,
    IReadOnlyList<Candidate> Candidates, IReadOnlyList<SelectionBallot> Ballots)
{
    public int CurrentDeputies { get; } = VoteSettings.NotNegative(CurrentDeputies, "现有代表人数", nameof(CurrentDeputies));

    public int Issued { get; } = VoteSettings.NotNegative(Issued, "发出票数", nameof(Issued));

    public int Places { get; } = VoteSettings.Places(Places, Candidates.Count, nameof(Places));

    public IReadOnlyList<Candidate> Candidates { get; } = VoteSettings.DistinctIds(Candidates, "候选项目", nameof(Candidates));
}

public enum CandidateOutcome { Adopted, RunOffNeeded, PassedNotAdopted, NotPassed }

// Votes are reported for every candidate, adopted or not (RULES.md: 候选人的得票数，应当公布).
public sealed record CandidateResult(int Id, string Name, int Votes, bool Passed, int? Rank, CandidateOutcome Outcome);

// The tied candidates straddling place N, in candidate order; a run-off among them fills PlacesLeft.
public sealed record RunOff(IReadOnlyList<int> CandidateIds, int Votes, int PlacesLeft);

// Fewer candidates passed than there are places; the presidium decides what happens next.
public sealed record Shortfall(int Adopted, int Places);

public sealed record SelectionResult(
    int Issued, int Returned, int Valid, int Invalid, bool VoteValid,
    IReadOnlyList<CandidateResult> Candidates,
    IReadOnlyList<int> Adopted,
    RunOff? RunOff, Shortfall? Shortfall, string Announcement);
