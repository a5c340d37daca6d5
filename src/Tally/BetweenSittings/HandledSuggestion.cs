namespace PeoplesCongress.Tally.BetweenSittings;

// RULES.md "Between sittings: deputies' suggestions": the department's answer is of one of three classes.
public enum AnswerClass { A, B, C }

// RULES.md "Between sittings: deputies' suggestions": the deputy rates the handling 满意 / 基本满意 / 不满意.
public enum HandlingRating { Satisfied, BasicallySatisfied, Dissatisfied }

// RULES.md "Between sittings: deputies' suggestions": one handling round, round 1 the assignment (交办), a later one
// the 重新办理 after a 不满意; the due date comes from the server's three- or six-month setting. China local dates.
public sealed record HandlingRound(DateOnly AssignedOn, DateOnly DueOn, DateOnly? AnsweredOn, AnswerClass? Class, HandlingRating? Rating)
{
    public DateOnly DueOn { get; } =
        DueOn >= AssignedOn ? DueOn : throw new ArgumentException($"办理期限{DueOn:O}早于交办日期{AssignedOn:O}。", nameof(DueOn));

    public DateOnly? AnsweredOn { get; } =
        AnsweredOn is null || AnsweredOn >= AssignedOn
            ? AnsweredOn
            : throw new ArgumentException($"答复日期{AnsweredOn:O}早于交办日期{AssignedOn:O}。", nameof(AnsweredOn));

    // An answer always has a class, and a class is always that of an answer.
    public AnswerClass? Class { get; } =
        (AnsweredOn is null) == (Class is null)
            ? Class
            : throw new ArgumentException(
                AnsweredOn is null ? "尚未答复的办理不能有答复类别。" : "已答复的办理须注明答复类别（A、B、C类）。", nameof(Class));

    public HandlingRating? Rating { get; } =
        Rating is null || AnsweredOn is not null ? Rating : throw new ArgumentException("尚未答复的办理不能评价。", nameof(Rating));
}

// Station and LeadDepartment are "" when none / not yet assigned; Rounds is empty until assigned, in round order.
public sealed record HandledSuggestion(
    int Id, string Number, string Title, string Station, string LeadDepartment, IReadOnlyList<HandlingRound> Rounds)
{
    public IReadOnlyList<HandlingRound> Rounds { get; } = Checked(Number, LeadDepartment, Rounds);

    // RULES.md "Between sittings: deputies' suggestions": only a 不满意 sends the suggestion back for 重新办理.
    private static IReadOnlyList<HandlingRound> Checked(string number, string leadDepartment, IReadOnlyList<HandlingRound> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        if (rounds.Count > 0 && leadDepartment.Length == 0)
        {
            throw new ArgumentException($"建议{number}已交办，须注明承办单位。", nameof(LeadDepartment));
        }
        for (var round = 1; round < rounds.Count; round++)
        {
            if (rounds[round - 1].Rating != HandlingRating.Dissatisfied)
            {
                throw new ArgumentException(
                    $"建议{number}第{round}轮办理未被评为“不满意”，不能有第{round + 1}轮重新办理。", nameof(Rounds));
            }
        }
        return rounds;
    }
}
