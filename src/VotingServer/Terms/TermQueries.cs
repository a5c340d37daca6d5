using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.BetweenSittings;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Terms;

public sealed class TermQueries(VenueDbContext db)
{
    /// <summary>
    /// The term, when the caller may see it: staff see every term, a deputy or a department only their own; any other
    /// term is "not found" to them, so that a credential does not learn which terms exist.
    /// </summary>
    public async Task<Term> GetAsync(int termId, Caller caller)
    {
        if (!caller.IsStaff && caller.TermId != termId) throw NotFound(termId);
        return await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId) ?? throw NotFound(termId);
    }

    /// <summary>The term for the public pages (the project form and 公示), which need no credential.</summary>
    public async Task<Term> GetPublicAsync(int termId) =>
        await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId) ?? throw NotFound(termId);

    public static VenueError NotFound(int termId) => VenueErrors.NotFound($"编号为{termId}的届");
}

public static class TermMapping
{
    public static TermView ToView(this Term term) =>
        new(term.Id, term.Name, term.AnswerMonths, term.DifficultAnswerMonths, term.RehandleMonths, term.ReminderDays,
            term.ExtraCandidates, term.CandidatePercent, term.CollectingYear);

    public static AnswerDeadlines Deadlines(this Term term) => new(term.AnswerMonths, term.DifficultAnswerMonths, term.RehandleMonths);

    /// <summary>The term deputy by 代表证号 (any case), or not found.</summary>
    public static TermDeputy SingleByNumber(this IQueryable<TermDeputy> deputies, int termId, string number) =>
        deputies.SingleOrDefault(d => d.TermId == termId && d.Number == number.Trim())
        ?? throw VenueErrors.NotFound($"代表证号为“{number}”的本届代表");
}
