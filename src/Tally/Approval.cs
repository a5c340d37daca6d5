namespace PeoplesCongress.Tally;

public enum Approval { For, Against, Abstain }

// Marks per candidate id as cast: a paper ballot may carry several marks on one item, or marks on ids that are no candidate.
public sealed record ApprovalBallot(IReadOnlyDictionary<int, IReadOnlyList<Approval>> Marks);

// RULES.md "Livelihood-project vote", form "Per-item 赞成 / 反对 / 弃权": every project gets its own mark; N places.
public sealed record ApprovalVote(
    int CurrentDeputies, int Issued, int Places, PassRule PassRule,
    IReadOnlyList<Candidate> Candidates, IReadOnlyList<ApprovalBallot> Ballots)
{
    public int CurrentDeputies { get; } = VoteSettings.NotNegative(CurrentDeputies, "现有代表人数", nameof(CurrentDeputies));

    public int Issued { get; } = VoteSettings.NotNegative(Issued, "发出票数", nameof(Issued));

    public int Places { get; } = VoteSettings.Places(Places, Candidates.Count, nameof(Places));

    public IReadOnlyList<Candidate> Candidates { get; } = VoteSettings.DistinctIds(Candidates, "候选项目", nameof(Candidates));
}

// Validity is per item, so every returned ballot adds one to exactly one of the four counts.
public sealed record ItemApprovals(int Id, int For, int Against, int Abstain, int Invalid);

public sealed record ApprovalResult(
    int Issued, int Returned, bool VoteValid,
    IReadOnlyList<ItemApprovals> Counts,
    IReadOnlyList<CandidateResult> Candidates,
    IReadOnlyList<int> Adopted, RunOff? RunOff, Shortfall? Shortfall, string Announcement);

// RULES.md "Per-item 赞成 / 反对 / 弃权" under the same "Pass rule" and "Tie at the cut-off" as 差额票决.
public static class ApprovalTally
{
    public static ApprovalResult Count(ApprovalVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var counts = vote.Candidates.Select(c => CountItem(c.Id, vote.Ballots)).ToList();
        var returned = vote.Ballots.Count;
        var voteValid = WholeVoteValidity.IsValid(vote.Issued, returned);
        var (candidates, adoption) = ProjectAdoption.Decide(
            vote.Candidates, [.. counts.Select(c => new CandidateVotes(c.Id, c.For))],
            vote.PassRule, vote.CurrentDeputies, vote.Places, voteValid);

        var result = new ApprovalResult(
            vote.Issued, returned, voteValid, counts, candidates,
            adoption.Adopted, adoption.RunOff, adoption.Shortfall, Announcement: "");
        return result with { Announcement = ApprovalAnnouncement.Compose(result) };
    }

    // Marks on ids that are not candidates are never read, so they cannot spoil the rest of the ballot.
    private static ItemApprovals CountItem(int id, IReadOnlyList<ApprovalBallot> ballots)
    {
        var marks = ballots.Select(b => PerItemMark.Read(b.Marks.GetValueOrDefault(id))).ToList();
        return new ItemApprovals(
            id,
            marks.Count(m => m == Approval.For),
            marks.Count(m => m == Approval.Against),
            marks.Count(m => m == Approval.Abstain),
            marks.Count(m => m is null));
    }
}

// RULES.md "Counting, certification, publication": as for 差额票决, but validity is per item, so no valid/invalid ballot split.
public static class ApprovalAnnouncement
{
    public static string Compose(ApprovalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var header = $"发出表决票{result.Issued}张，收回{result.Returned}张，" + AdoptionSentences.Verdict(result.VoteValid);
        return result.VoteValid
            ? header + AdoptionSentences.Compose(result.Candidates, result.Adopted, result.RunOff, result.Shortfall)
            : header;
    }
}
