namespace PeoplesCongress.Tally.BetweenSittings;

// RULES.md "Between sittings: deputies' suggestions": per department, per station and overall, as of a given date.
public static class SuggestionReport
{
    public static SuggestionFigures Overall(IEnumerable<HandledSuggestion> suggestions, DateOnly asOf) =>
        Figures(Checked(suggestions), asOf);

    // Unassigned suggestions have no department; every assigned one is counted under exactly one.
    public static IReadOnlyList<GroupFigures<SuggestionFigures>> ByDepartment(IEnumerable<HandledSuggestion> suggestions, DateOnly asOf) =>
        Groups(Checked(suggestions).Where(s => s.Rounds.Count > 0), s => s.LeadDepartment, asOf);

    public static IReadOnlyList<GroupFigures<SuggestionFigures>> ByStation(IEnumerable<HandledSuggestion> suggestions, DateOnly asOf) =>
        Groups(Checked(suggestions), s => s.Station.Length > 0 ? s.Station : HandlingWording.NoStation, asOf);

    private static IReadOnlyList<HandledSuggestion> Checked(IEnumerable<HandledSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var list = suggestions.ToList();
        var repeated = list.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? list : throw new ArgumentException($"同一件建议出现了两次（Id {repeated.Key}）。", nameof(suggestions));
    }

    private static IReadOnlyList<GroupFigures<SuggestionFigures>> Groups(
        IEnumerable<HandledSuggestion> suggestions, Func<HandledSuggestion, string> name, DateOnly asOf) =>
        [.. suggestions.GroupBy(name)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupFigures<SuggestionFigures>(g.Key, Figures([.. g], asOf)))];

    private static SuggestionFigures Figures(IReadOnlyList<HandledSuggestion> suggestions, DateOnly asOf)
    {
        // Assigned: at least one round.
        var assigned = suggestions.Where(s => s.Rounds.Count > 0).ToList();

        // 按期办结率 = answered on time / due, both of the first round: due once answered or once its due date has
        // passed (DueOn < asOf); on time when answered on or before the due date.
        var first = assigned.Select(s => s.Rounds[0]).ToList();
        var due = first.Count(r => r.AnsweredOn is not null || r.DueOn < asOf);
        var onTime = first.Count(r => r.AnsweredOn is { } answered && answered <= r.DueOn);

        // Shares of the current answer, the latest round's that has one, over the suggestions answered.
        var answers = assigned.Select(s => s.Rounds.LastOrDefault(r => r.Class is not null)?.Class).OfType<AnswerClass>().ToList();
        int Answers(AnswerClass answer) => answers.Count(x => x == answer);
        var (a, b, c) = (Answers(AnswerClass.A), Answers(AnswerClass.B), Answers(AnswerClass.C));

        // 满意率 = 满意 / rated and 满意及基本满意率 = (满意 + 基本满意) / rated, of the latest round's rating that has one.
        var ratings = assigned.Select(s => s.Rounds.LastOrDefault(r => r.Rating is not null)?.Rating).OfType<HandlingRating>().ToList();
        var satisfied = ratings.Count(r => r == HandlingRating.Satisfied);
        var basically = ratings.Count(r => r == HandlingRating.BasicallySatisfied);
        var dissatisfied = ratings.Count(r => r == HandlingRating.Dissatisfied);

        return new SuggestionFigures(
            suggestions.Count, assigned.Count, due, onTime, new Rate(onTime, due),
            answers.Count, a, b, c, new Rate(a, answers.Count), new Rate(b, answers.Count), new Rate(c, answers.Count),
            ratings.Count, satisfied, basically, dissatisfied,
            new Rate(satisfied, ratings.Count), new Rate(satisfied + basically, ratings.Count),
            Overdue(assigned, asOf),
            // Re-handled: those with a second round, by id.
            [.. assigned.Where(s => s.Rounds.Count > 1).Select(s => s.Id).Order()]);
    }

    // Overdue: the last round is unanswered and its due date has passed (asOf > DueOn), the longest overdue first.
    private static IReadOnlyList<OverdueSuggestion> Overdue(IEnumerable<HandledSuggestion> assigned, DateOnly asOf) =>
        [.. assigned
            .Where(s => s.Rounds[^1].AnsweredOn is null && asOf > s.Rounds[^1].DueOn)
            .Select(s => new OverdueSuggestion(
                s.Id, s.Number, s.Title, s.LeadDepartment, s.Rounds.Count, s.Rounds[^1].DueOn, asOf.DayNumber - s.Rounds[^1].DueOn.DayNumber))
            .OrderByDescending(o => o.DaysOverdue)
            .ThenBy(o => o.Id)];
}
