namespace PeoplesCongress.Tally.BetweenSittings;

// Round is 1-based; DaysOverdue counts whole days from DueOn to the as-of date.
public sealed record OverdueSuggestion(int Id, string Number, string Title, string LeadDepartment, int Round, DateOnly DueOn, int DaysOverdue);

// RULES.md "Between sittings: deputies' suggestions": the figures reported per department, per station and overall.
public sealed record SuggestionFigures(
    int Total, int Assigned, int Due, int AnsweredOnTime, Rate OnTimeRate,
    int Answered, int ClassA, int ClassB, int ClassC, Rate ShareA, Rate ShareB, Rate ShareC,
    int Rated, int Satisfied, int BasicallySatisfied, int Dissatisfied, Rate SatisfiedRate, Rate SatisfiedOrBasicallyRate,
    IReadOnlyList<OverdueSuggestion> Overdue, IReadOnlyList<int> Rehandled);

// One department's, station's or other group's figures, under the name it is reported by.
public sealed record GroupFigures<T>(string Name, T Figures);
