namespace PeoplesCongress.Tally;

// RULES.md "Validity of a whole vote": valid when returned ≤ issued; otherwise it must be repeated.
public static class WholeVoteValidity
{
    public static bool IsValid(int issued, int returned) => returned <= issued;
}

// RULES.md "Select up to N of M (差额票决)": more than N marks voids the ballot; blank is valid and votes for none.
public static class SelectionBallotValidity
{
    public static bool IsValid(SelectionBallot ballot, int places, IReadOnlySet<int> candidateIds)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(candidateIds);
        // No write-ins, and a paper ballot can carry the same project twice; neither can be counted.
        return ballot.Marks.Count <= places
            && ballot.Marks.All(candidateIds.Contains)
            && ballot.Marks.Distinct().Count() == ballot.Marks.Count;
    }
}

// RULES.md "Per-item 赞成 / 反对 / 弃权": an unmarked item is 弃权, never 赞成; several marks void that item only.
public static class PerItemMark
{
    // Null is an invalid mark.
    public static Approval? Read(IReadOnlyList<Approval>? marks) => marks switch
    {
        null or [] => Approval.Abstain,
        [var only] when Enum.IsDefined(only) => only,
        _ => null,
    };
}

// RULES.md "Motion (表决)": exactly one of 赞成 / 反对 / 弃权; a blank or over-marked ballot is invalid.
public static class MotionMark
{
    public static Approval? Read(IReadOnlyList<Approval> marks) =>
        marks is [var only] && Enum.IsDefined(only) ? only : null;
}

// RULES.md "Satisfaction appraisal": no mark or more than one mark makes that target's vote invalid (不纳入计票).
public static class AppraisalMark
{
    public static int? Read(IReadOnlyList<int>? marks, int optionCount) =>
        marks is [var only] && only >= 0 && only < optionCount ? only : null;
}

// Settings are fixed before a ballot opens (RULES.md "Ballot kinds"); an impossible one is refused, never counted.
internal static class VoteSettings
{
    public static int NotNegative(int value, string what, string parameter) =>
        value >= 0 ? value : throw new ArgumentException($"{what}不能为负数：{value}。", parameter);

    public static int Places(int places, int candidates, string parameter) =>
        places >= 1 && places <= candidates
            ? places
            : throw new ArgumentException($"应选名额{places}个须在1至候选项目数{candidates}之间。", parameter);

    public static IReadOnlyList<Candidate> DistinctIds(IReadOnlyList<Candidate> candidates, string what, string parameter) =>
        candidates.Select(c => c.Id).Distinct().Count() == candidates.Count
            ? candidates
            : throw new ArgumentException($"{what}编号不得重复。", parameter);
}
