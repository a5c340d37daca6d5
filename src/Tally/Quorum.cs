namespace PeoplesCongress.Tally;

// RULES.md "Quorum and attendance": a sitting is held only when more than Numerator/Denominator of current deputies are present.
public sealed record QuorumRule(int Numerator, int Denominator)
{
    public static QuorumRule TwoThirds { get; } = new(2, 3);

    // Cross-multiplied so that exactly two thirds (30 of 45) is not "more than" two thirds.
    public bool IsMet(int present, int current) =>
        current > 0 && present * Denominator > Numerator * current;

    public string Describe() => Wording.Of(new Fraction(Numerator, Denominator));
}

public sealed record Attendance(int Expected, int Present, int OnLeave, int Absent, bool QuorumMet, string Sentence);

// RULES.md "Quorum and attendance": 应到 = current deputies, 实到 = signed in, and the announcement sentence.
public static class AttendanceCount
{
    public static Attendance Compute(int expected, int present, int onLeave, QuorumRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (expected < 0 || present < 0 || onLeave < 0)
        {
            throw new ArgumentException($"出席人数不能为负数：应到{expected}，实到{present}，请假{onLeave}。");
        }
        // A deputy on leave who signs in anyway counts as present, so the two never overlap.
        if (present + onLeave > expected)
        {
            throw new ArgumentException($"实到{present}人与请假{onLeave}人之和超过应到{expected}人。");
        }

        var absent = expected - present - onLeave;
        var met = rule.IsMet(present, expected);
        var verdict = met ? "符合法定人数" : "不符合法定人数";
        var sentence = $"本次会议应到代表{expected}人，实到{present}人，请假{onLeave}人，缺席{absent}人，{verdict}。";
        return new Attendance(expected, present, onLeave, absent, met, sentence);
    }
}
