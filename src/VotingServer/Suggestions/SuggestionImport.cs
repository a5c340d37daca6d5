using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Suggestions;

/// <summary>
/// Imports a list of suggestions (<see cref="SuggestionFile"/>) into a term: every row or none. A row with a lead
/// department is assigned as it is written, on its date of assignment (today when the file gives none), with the
/// term's deadlines.
/// </summary>
public sealed class SuggestionImport(GroupCommitWriter writer, CurrentActor actor, TimeProvider clock)
{
    public async Task<SuggestionsImported> ImportAsync(Term term, byte[] file)
    {
        var (rows, errors) = SuggestionFile.Read(file);
        if (errors.Count > 0) throw VenueErrors.SuggestionsInvalid(errors);
        var who = actor.Value;
        var today = ChinaTime.Date(clock.GetUtcNow());
        return await writer.WriteAsync(tx =>
        {
            var count = Write(tx, term, rows, today, clock.GetUtcNow());
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.SuggestionsImported, $"导入建议清单{count}件（第{term.Id}号届）");
            return new SuggestionsImported(count);
        });
    }

    private static int Write(WriteTransaction tx, Term term, IReadOnlyList<SuggestionRow> rows, DateOnly today, DateTimeOffset now)
    {
        var deputies = tx.Db.TermDeputies.Where(d => d.TermId == term.Id).ToDictionary(d => d.Number, StringComparer.OrdinalIgnoreCase);
        var departments = tx.Db.Departments.Where(d => d.TermId == term.Id).ToDictionary(d => d.Name, StringComparer.Ordinal);
        var taken = tx.Db.Suggestions.Where(s => s.TermId == term.Id).Select(s => s.Number).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = new List<RosterRowError>();
        string Missing(string what, IEnumerable<string> names, Func<string, bool> known) =>
            string.Join("、", names.Where(n => !known(n)).Select(n => $"{what}“{n}”"));
        foreach (var row in rows)
        {
            var missing = string.Join("、", new[]
            {
                Missing("代表证号", [row.DeputyNumber, .. row.CoSigners], deputies.ContainsKey),
                Missing("承办单位", row.LeadDepartment.Length > 0 ? [row.LeadDepartment, .. row.CoDepartments] : row.CoDepartments, departments.ContainsKey),
            }.Where(m => m.Length > 0));
            if (missing.Length > 0) errors.Add(new(row.Row, $"本届没有{missing}。"));
            if (row.Number.Length > 0 && taken.Contains(row.Number)) errors.Add(new(row.Row, $"编号“{row.Number}”已有建议。"));
        }
        if (errors.Count > 0) throw VenueErrors.SuggestionsInvalid(errors);

        taken.UnionWith(rows.Select(r => r.Number).Where(n => n.Length > 0));
        foreach (var row in rows)
        {
            var author = deputies[row.DeputyNumber];
            var suggestion = new Suggestion
            {
                TermId = term.Id, Number = row.Number.Length > 0 ? row.Number : SuggestionDesk.NextNumber(taken), Title = row.Title, Content = row.Content,
                TermDeputyId = author.Id, StationId = author.StationId, SubmittedAt = now, Difficult = row.Difficult,
                CoSigners = [.. row.CoSigners.Select(n => deputies[n].Id).Where(id => id != author.Id).Select(id => new SuggestionSigner { TermDeputyId = id })],
            };
            if (row.LeadDepartment.Length > 0)
            {
                var lead = departments[row.LeadDepartment];
                suggestion.LeadDepartmentId = lead.Id;
                suggestion.CoDepartments = [.. row.CoDepartments.Select(n => departments[n].Id).Where(id => id != lead.Id)
                    .Select(id => new SuggestionCoDepartment { DepartmentId = id })];
                var assignedOn = row.AssignedOn ?? today;
                suggestion.Rounds = [new SuggestionRound { Round = 1, AssignedOn = assignedOn, DueOn = term.Deadlines().FirstDue(assignedOn, row.Difficult) }];
            }
            tx.Db.Suggestions.Add(suggestion);
        }
        tx.Save();
        return rows.Count;
    }
}
