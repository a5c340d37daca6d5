using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.BetweenSittings;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Suggestions;

/// <summary>
/// Reads a term's suggestions as the caller may see them: staff all; a deputy those they made or signed; a
/// department those it leads or co-handles. The figures are src/Tally's, over the suggestions read here.
/// </summary>
public sealed class SuggestionQueries(VenueDbContext db, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Date(clock.GetUtcNow());

    public async Task<List<SuggestionView>> ListAsync(int termId, Caller caller)
    {
        var (suggestions, names) = await LoadAsync(termId, caller);
        return [.. suggestions.Select(s => s.ToView(names))];
    }

    public async Task<SuggestionView> GetAsync(int termId, int suggestionId, Caller caller)
    {
        var (suggestions, names) = await LoadAsync(termId, caller, suggestionId);
        return suggestions.SingleOrDefault()?.ToView(names) ?? throw VenueErrors.NotFound($"编号为{suggestionId}的建议");
    }

    /// <summary>The figures per department, per station and overall on <paramref name="asOf"/> (today when null).</summary>
    public async Task<SuggestionDashboard> DashboardAsync(int termId, Caller caller, DateOnly? asOf)
    {
        var day = asOf ?? Today;
        var (suggestions, names) = await LoadAsync(termId, caller);
        var records = suggestions.Select(s => s.ToRecord(names)).ToList();
        var overall = SuggestionReport.Overall(records, day);
        var byId = suggestions.ToDictionary(s => s.Id);
        return new SuggestionDashboard(
            day, overall.ToView(),
            EveryOne(SuggestionReport.ByDepartment(records, day), names.Departments.Values, day),
            EveryOne(SuggestionReport.ByStation(records, day), names.Stations.Values, day),
            [.. overall.Overdue.Select(o => new SuggestionDue(o.Id, o.Number, o.Title, o.LeadDepartment, o.Round, o.DueOn, -o.DaysOverdue))],
            [.. overall.Rehandled.Select(id => byId[id]).Select(s => new SuggestionLine(
                s.Id, s.Number, s.Title, s.LeadDepartmentId is { } lead ? names.Department(lead) : ""))]);
    }

    /// <summary>The groups' figures, with a line of noughts for each department or station that has no suggestion.</summary>
    private static List<NamedSuggestionFigures> EveryOne(
        IReadOnlyList<GroupFigures<SuggestionFigures>> groups, IEnumerable<string> all, DateOnly day)
    {
        var none = SuggestionReport.Overall([], day).ToView();
        var named = groups.ToDictionary(g => g.Name, g => g.Figures.ToView(), StringComparer.Ordinal);
        foreach (var name in all) named.TryAdd(name, none);
        return [.. named.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new NamedSuggestionFigures(g.Key, g.Value))];
    }

    /// <summary>Open rounds due within the term's reminder days, and those overdue, soonest first.</summary>
    public async Task<List<SuggestionDue>> RemindersAsync(int termId, Caller caller, int reminderDays)
    {
        var today = Today;
        var (suggestions, names) = await LoadAsync(termId, caller);
        return [.. suggestions
            .Where(s => caller.Role != Role.Department || s.LeadDepartmentId == caller.DepartmentId)
            .Select(s => (Suggestion: s, Round: s.LastRound()))
            .Where(x => x.Round is { AnsweredOn: null } && x.Round.DueOn.DayNumber - today.DayNumber <= reminderDays)
            .Select(x => new SuggestionDue(x.Suggestion.Id, x.Suggestion.Number, x.Suggestion.Title,
                names.Department(x.Suggestion.LeadDepartmentId!.Value), x.Round!.Round, x.Round.DueOn, x.Round.DueOn.DayNumber - today.DayNumber))
            .OrderBy(d => d.DaysLeft).ThenBy(d => d.Id)];
    }

    private async Task<(List<Suggestion>, TermNames)> LoadAsync(int termId, Caller caller, int? suggestionId = null)
    {
        var query = db.Suggestions.AsNoTracking().AsSplitQuery()
            .Include(s => s.Rounds).Include(s => s.CoSigners).Include(s => s.CoDepartments)
            .Where(s => s.TermId == termId);
        if (suggestionId is { } id) query = query.Where(s => s.Id == id);
        query = caller.Role switch
        {
            Role.TermDeputy => query.Where(s => s.TermDeputyId == caller.TermDeputyId || s.CoSigners.Any(c => c.TermDeputyId == caller.TermDeputyId)),
            Role.Department => query.Where(s => s.LeadDepartmentId == caller.DepartmentId || s.CoDepartments.Any(c => c.DepartmentId == caller.DepartmentId)),
            _ when caller.IsStaff => query,
            _ => throw VenueErrors.Forbidden(),
        };
        var suggestions = await query.OrderBy(s => s.Id).ToListAsync();
        // Only the deputies the suggestions name: one suggestion's page does not read a province's register.
        var named = suggestions.SelectMany(s => s.CoSigners.Select(c => c.TermDeputyId).Append(s.TermDeputyId)).Distinct().ToList();
        var names = new TermNames(
            await db.TermDeputies.AsNoTracking().Where(d => named.Contains(d.Id)).ToDictionaryAsync(d => d.Id),
            await db.Stations.AsNoTracking().Where(s => s.TermId == termId).ToDictionaryAsync(s => s.Id, s => s.Name),
            await db.Departments.AsNoTracking().Where(d => d.TermId == termId).ToDictionaryAsync(d => d.Id, d => d.Name));
        return (suggestions, names);
    }
}
