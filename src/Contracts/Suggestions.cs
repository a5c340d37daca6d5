using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>The class of a department's answer (RULES.md "Between sittings").</summary>
[JsonConverter(typeof(WireEnumConverter<AnswerClassCode>))]
public enum AnswerClassCode
{
    /// <summary>A类: solved or adopted.</summary>
    [JsonStringEnumMemberName("A")] A,

    /// <summary>B类: being solved or planned.</summary>
    [JsonStringEnumMemberName("B")] B,

    /// <summary>C类: cannot be solved now, for stated reasons; kept for reference.</summary>
    [JsonStringEnumMemberName("C")] C,
}

/// <summary>The deputy's named (记名) rating of the handling: 满意 / 基本满意 / 不满意.</summary>
[JsonConverter(typeof(WireEnumConverter<HandlingRatingCode>))]
public enum HandlingRatingCode
{
    [JsonStringEnumMemberName("satisfied")] Satisfied,
    [JsonStringEnumMemberName("basically-satisfied")] BasicallySatisfied,
    [JsonStringEnumMemberName("dissatisfied")] Dissatisfied,
}

/// <summary>Where a suggestion stands.</summary>
[JsonConverter(typeof(WireEnumConverter<SuggestionState>))]
public enum SuggestionState
{
    /// <summary>待交办: submitted, not yet assigned to a department.</summary>
    [JsonStringEnumMemberName("submitted")] Submitted,

    /// <summary>办理中: assigned, the department has not answered.</summary>
    [JsonStringEnumMemberName("handling")] Handling,

    /// <summary>已答复: answered, waiting for the deputy's rating.</summary>
    [JsonStringEnumMemberName("answered")] Answered,

    /// <summary>重新办理: rated 不满意 and sent back; the department has not answered again.</summary>
    [JsonStringEnumMemberName("rehandling")] Rehandling,

    /// <summary>已办结: rated, and no further round follows.</summary>
    [JsonStringEnumMemberName("closed")] Closed,
}

/// <summary>
/// A suggestion (代表建议) as a deputy submits it on the phone, or the secretariat on a deputy's behalf
/// (<paramref name="DeputyNumber"/>, the secretariat only). <paramref name="CoSigners"/> are the numbers of the
/// deputies who sign it too (联名).
/// </summary>
public sealed record SubmitSuggestionRequest(
    string Title, string Content, IReadOnlyList<string>? CoSigners = null, string? DeputyNumber = null);

/// <summary>交办: the lead department, the co-departments, and whether it is broad or difficult (the longer deadline).</summary>
public sealed record AssignSuggestionRequest(int LeadDepartmentId, IReadOnlyList<int>? CoDepartmentIds = null, bool Difficult = false);

public sealed record AnswerSuggestionRequest(AnswerClassCode Class, string Text);

public sealed record RateSuggestionRequest(HandlingRatingCode Rating, string? Comment = null);

/// <summary>
/// One round of handling: round 1 from the assignment (交办), round 2 the 重新办理 after 不满意. Dates are China's.
/// </summary>
public sealed record HandlingRoundView(
    int Round, DateOnly AssignedOn, DateOnly DueOn, DateOnly? AnsweredOn, AnswerClassCode? Class, string? Answer,
    string? AnsweredBy, DateOnly? RatedOn, HandlingRatingCode? Rating, string? Comment);

public sealed record SuggestionView(
    int Id, string Number, string Title, string Content, string DeputyNumber, string DeputyName, string Station,
    IReadOnlyList<string> CoSigners, string? LeadDepartment, IReadOnlyList<string> CoDepartments, bool Difficult,
    SuggestionState State, string StateLabel, DateTimeOffset SubmittedAt, IReadOnlyList<HandlingRoundView> Rounds);

/// <summary>An import of suggestions from a file: all rows or none, like the roster.</summary>
public sealed record SuggestionsImported(int Suggestions);

/// <summary>A rate as the rules compute it: the two counts, and the percentage to two decimals, rounded once, half up.</summary>
public sealed record ShareView(int Numerator, int Denominator, string Percent);

/// <summary>
/// The figures of a set of suggestions (docs/rules.md "Between sittings"): assigned, due, answered on time and
/// 按期办结率; the current answers' A/B/C shares; the current ratings, 满意率 and 满意及基本满意率; and how many are
/// overdue and were re-handled.
/// </summary>
public sealed record SuggestionFiguresView(
    int Total, int Assigned, int Due, int AnsweredOnTime, ShareView OnTimeRate,
    int Answered, int ClassA, int ClassB, int ClassC, ShareView ShareA, ShareView ShareB, ShareView ShareC,
    int Rated, int Satisfied, int BasicallySatisfied, int Dissatisfied, ShareView SatisfiedRate, ShareView SatisfiedOrBasicallyRate,
    int Overdue, int Rehandled);

public sealed record NamedSuggestionFigures(string Name, SuggestionFiguresView Figures);

/// <summary>A suggestion in a list: due (<paramref name="DaysLeft"/> ≥ 0) or overdue (below 0) in its open round.</summary>
public sealed record SuggestionDue(int Id, string Number, string Title, string LeadDepartment, int Round, DateOnly DueOn, int DaysLeft);

public sealed record SuggestionLine(int Id, string Number, string Title, string LeadDepartment);

/// <summary>The standing committee's figures of a term's suggestions on <paramref name="AsOf"/> (China's date).</summary>
public sealed record SuggestionDashboard(
    DateOnly AsOf, SuggestionFiguresView Overall, IReadOnlyList<NamedSuggestionFigures> ByDepartment,
    IReadOnlyList<NamedSuggestionFigures> ByStation, IReadOnlyList<SuggestionDue> Overdue, IReadOnlyList<SuggestionLine> Rehandled);
