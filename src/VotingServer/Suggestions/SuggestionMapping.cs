using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.BetweenSittings;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Suggestions;

/// <summary>A suggestion's state, its views, and its record for the rules of src/Tally, each in one place.</summary>
public static class SuggestionMapping
{
    /// <summary>Where it stands, read from its last round (RULES.md "Between sittings").</summary>
    public static SuggestionState StateOf(this Suggestion suggestion) => suggestion.Rounds.MaxBy(r => r.Round) switch
    {
        null => SuggestionState.Submitted,
        { AnsweredOn: null, Round: 1 } => SuggestionState.Handling,
        { AnsweredOn: null } => SuggestionState.Rehandling,
        { Rating: null } => SuggestionState.Answered,
        _ => SuggestionState.Closed,
    };

    public static string Label(this SuggestionState state) => state switch
    {
        SuggestionState.Submitted => "待交办",
        SuggestionState.Handling => "办理中",
        SuggestionState.Answered => "已答复，待代表评价",
        SuggestionState.Rehandling => "重新办理中",
        _ => "已办结",
    };

    /// <summary>The round now open or waiting for its rating: the last one.</summary>
    public static SuggestionRound? LastRound(this Suggestion suggestion) => suggestion.Rounds.MaxBy(r => r.Round);

    public static SuggestionView ToView(this Suggestion s, TermNames names) => new(
        s.Id, s.Number, s.Title, s.Content, names.DeputyNumber(s.TermDeputyId), names.DeputyName(s.TermDeputyId), names.Station(s.StationId),
        [.. s.CoSigners.Select(c => names.DeputyName(c.TermDeputyId))], s.LeadDepartmentId is { } lead ? names.Department(lead) : null,
        [.. s.CoDepartments.Select(c => names.Department(c.DepartmentId))], s.Difficult, s.StateOf(), s.StateOf().Label(), s.SubmittedAt,
        [.. s.Rounds.OrderBy(r => r.Round).Select(r => new HandlingRoundView(
            r.Round, r.AssignedOn, r.DueOn, r.AnsweredOn, r.AnswerClass, r.Answer, r.AnsweredBy, r.RatedOn, r.Rating, r.Comment))]);

    public static HandledSuggestion ToRecord(this Suggestion s, TermNames names) => new(
        s.Id, s.Number, s.Title, names.Station(s.StationId), s.LeadDepartmentId is { } lead ? names.Department(lead) : "",
        [.. s.Rounds.OrderBy(r => r.Round).Select(r => new HandlingRound(
            r.AssignedOn, r.DueOn, r.AnsweredOn, r.AnswerClass is { } c ? Of(c) : null, r.Rating is { } g ? Of(g) : null))]);

    public static AnswerClass Of(AnswerClassCode code) => code switch
    {
        AnswerClassCode.A => AnswerClass.A,
        AnswerClassCode.B => AnswerClass.B,
        _ => AnswerClass.C,
    };

    public static HandlingRating Of(HandlingRatingCode code) => code switch
    {
        HandlingRatingCode.Satisfied => HandlingRating.Satisfied,
        HandlingRatingCode.BasicallySatisfied => HandlingRating.BasicallySatisfied,
        _ => HandlingRating.Dissatisfied,
    };

    public static ShareView ToView(this Tally.Rate rate) => new(rate.Numerator, rate.Denominator, rate.Percent);

    public static SuggestionFiguresView ToView(this SuggestionFigures f) => new(
        f.Total, f.Assigned, f.Due, f.AnsweredOnTime, f.OnTimeRate.ToView(),
        f.Answered, f.ClassA, f.ClassB, f.ClassC, f.ShareA.ToView(), f.ShareB.ToView(), f.ShareC.ToView(),
        f.Rated, f.Satisfied, f.BasicallySatisfied, f.Dissatisfied, f.SatisfiedRate.ToView(), f.SatisfiedOrBasicallyRate.ToView(),
        f.Overdue.Count, f.Rehandled.Count);
}

/// <summary>The names of a term's deputies, stations and departments by id, read once for a list of suggestions.</summary>
public sealed record TermNames(
    IReadOnlyDictionary<int, TermDeputy> Deputies, IReadOnlyDictionary<int, string> Stations, IReadOnlyDictionary<int, string> Departments)
{
    public string DeputyName(int id) => Deputies.TryGetValue(id, out var d) ? d.Name : "";
    public string DeputyNumber(int id) => Deputies.TryGetValue(id, out var d) ? d.Number : "";
    public string Station(int? id) => id is { } s && Stations.TryGetValue(s, out var name) ? name : "";
    public string Department(int id) => Departments.GetValueOrDefault(id, "");
}
