namespace PeoplesCongress.Tally.BetweenSittings;

// RULES.md "Between sittings": the answer is due three months after assignment (交办), six for broad or difficult
// ones (代表法 第四十三条), and one month after a 不满意 for 重新办理; all three are settings of the term.
public sealed record AnswerDeadlines(int AnswerMonths, int DifficultAnswerMonths, int RehandleMonths)
{
    public static AnswerDeadlines Default { get; } = new(3, 6, 1);

    public int AnswerMonths { get; } = InRange(AnswerMonths, "答复期限");
    public int DifficultAnswerMonths { get; } = InRange(DifficultAnswerMonths, "涉及面广、处理难度大的建议的答复期限");
    public int RehandleMonths { get; } = InRange(RehandleMonths, "重新办理期限");

    /// <summary>The first answer's deadline; a month-end assignment falls due on the last day of the shorter month.</summary>
    public DateOnly FirstDue(DateOnly assignedOn, bool difficult) => assignedOn.AddMonths(difficult ? DifficultAnswerMonths : AnswerMonths);

    public DateOnly RehandleDue(DateOnly sentBackOn) => sentBackOn.AddMonths(RehandleMonths);

    private static int InRange(int months, string what) =>
        months is >= 1 and <= 12 ? months : throw new ArgumentException($"{what}应为1至12个月，现为{months}个月。");
}
