namespace PeoplesCongress.Tally;

// RULES.md glossary: every word and sentence the rules put before people, in one place, so that the tablet, the
// console, the big screen and the notice say the same thing.
public static class Wording
{
    public static string Of(Approval approval) => approval switch
    {
        Approval.For => "赞成",
        Approval.Against => "反对",
        _ => "弃权",
    };

    // A share of the deputies as people say it: 三分之二, 二分之一.
    public static string Of(Fraction share) => (share.Numerator, share.Denominator) switch
    {
        (1, 2) => "二分之一",
        (2, 3) => "三分之二",
        (3, 4) => "四分之三",
        _ => $"{share.Numerator}/{share.Denominator}",
    };

    public static string Of(CandidateOutcome outcome) => outcome switch
    {
        CandidateOutcome.Adopted => "确定为民生实事项目",
        CandidateOutcome.RunOffNeeded => "得票相等，需再次投票",
        // Said so under either pass rule: under plurality nothing needs a majority, so "过半数" would be wrong.
        CandidateOutcome.PassedNotAdopted => "达到通过票数，未进入应选名额",
        _ => "未获通过",
    };

    public static string MotionVerdict(bool passed) => passed ? "通过" : "未通过";

    // RULES.md "Pass rule" as the hall reads it: the smallest passing whole number, never a half vote.
    // "以上" includes the number itself, as in the law's own usage.
    public static string MajorityThreshold(int currentDeputies) =>
        $"须获{MajorityOfAllDeputies.SmallestPassing(currentDeputies)}票以上（全体代表{currentDeputies}人的过半数）";

    // RULES.md "Tie at the cut-off".
    public static string RunOff(string tiedNames, int votes, int placesLeft) =>
        $"{tiedNames}得票相等（{votes}票），需就得票相等的项目再次投票，确定剩余{placesLeft}个名额。";

    // RULES.md "Fewer than N pass": what the hall hears, and what the presidium is asked.
    public static string ShortfallAnnounced(int places, int adopted) => $"获得通过的项目少于{places}个（{adopted}个），请主席团决定。";

    public static string Shortfall(int places, int adopted) =>
        $"获得通过的项目少于{places}个（{adopted}个），请主席团决定：保留现有结果、就其余项目再次票决，或提交下次会议。";

    // RULES.md "Satisfaction appraisal": a grade exactly on the threshold is the presidium's to decide.
    public static string ExactThreshold(string names, Fraction threshold) =>
        $"{names}的得票恰好为{Of(threshold)}，测评等次请主席团决定。";

    public static string ExactThresholdBetween(string name, string better, string worse) =>
        $"{name}的得票恰好处于“{better}”与“{worse}”的分界，测评等次请主席团决定。";
}
