using PeoplesCongress.Tally.BetweenSittings;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

// Builders for handled suggestions, so each test states only the dates, answers and ratings it is about.
internal static class Suggestions
{
    public static DateOnly Day(int month, int day) => new(2024, month, day);

    // The first round of most tests: assigned on 1 March, due on 1 June.
    public static HandlingRound First(DateOnly? answeredOn = null, AnswerClass? answer = null, HandlingRating? rating = null) =>
        new(Day(3, 1), Day(6, 1), answeredOn, answer, rating);

    public static HandledSuggestion Suggestion(int id, string department, params HandlingRound[] rounds) =>
        new(id, $"第{id}号", $"建议{id}", "", department, rounds);

    public static HandledSuggestion Unassigned(int id) => Suggestion(id, "");
}
