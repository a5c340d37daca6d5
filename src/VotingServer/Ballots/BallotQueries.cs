using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sealing;

namespace PeoplesCongress.VotingServer.Ballots;

public sealed class BallotQueries(VenueDbContext db, BoxKeys boxKeys)
{
    public Task<Ballot> GetAsync(int ballotId) => Task.FromResult(Get(db, ballotId));

    /// <summary>A ballot with its items and the presidium's decisions, from a request's context or inside a write.</summary>
    public static Ballot Get(VenueDbContext store, int ballotId) =>
        store.Ballots.AsNoTracking().Include(b => b.Items.OrderBy(p => p.Position))
            .Include(b => b.ShortfallDecision).Include(b => b.GradeDecisions)
            .SingleOrDefault(b => b.Id == ballotId)
        ?? throw VenueErrors.NotFound($"编号为{ballotId}的表决");

    public async Task<List<BallotView>> ListAsync(int sittingId, BallotState? state = null) =>
        (await db.Ballots.AsNoTracking().Include(b => b.Items.OrderBy(p => p.Position))
            .Where(b => b.SittingId == sittingId && (state == null || b.State == state))
            .OrderBy(b => b.AgendaPosition).ThenBy(b => b.Id).ToListAsync())
        .Select(b => b.ToView()).ToList();

    /// <summary>
    /// Issued and cast counts of the sitting's open ballots: how many, never who chose what; and whether each box is
    /// sealed (its key not in memory, after a restart), so the pages say why it cannot be closed yet.
    /// </summary>
    public async Task<List<BallotProgress>> ProgressAsync(int sittingId)
    {
        var counts = await db.Issuances
            .Where(i => db.Ballots.Any(b => b.Id == i.BallotId && b.SittingId == sittingId && b.State == BallotState.Open))
            .GroupBy(i => i.BallotId)
            .Select(g => new { BallotId = g.Key, Issued = g.Count(), Cast = g.Count(i => i.CastId != null) })
            .ToListAsync();
        var keyed = await db.Ballots
            .Where(b => b.SittingId == sittingId && b.State == BallotState.Open && b.BoxPublicKey != null)
            .Select(b => b.Id).ToListAsync();
        return counts.Select(c => new BallotProgress(c.BallotId, c.Issued, c.Cast, keyed.Contains(c.BallotId) && !boxKeys.Holds(c.BallotId))).ToList();
    }

    /// <summary>For a deputy: each open ballot of their sitting, whether they were issued it and have cast it.</summary>
    public async Task<List<MyBallotStatus>> MyStatusAsync(int deputyId, IEnumerable<int> openBallotIds)
    {
        var ids = openBallotIds.ToList();
        if (ids.Count == 0) return [];
        var mine = await db.Issuances.Where(i => i.DeputyId == deputyId && ids.Contains(i.BallotId))
            .ToDictionaryAsync(i => i.BallotId, i => i.CastId != null);
        return ids.Select(id => new MyBallotStatus(id, mine.ContainsKey(id), mine.GetValueOrDefault(id))).ToList();
    }
}

public static class BallotMapping
{
    public static BallotView ToView(this Ballot ballot) => new(
        ballot.Id, ballot.SittingId, ballot.AgendaPosition, ballot.Kind, ballot.Title, ballot.Places, ballot.Secret,
        ballot.State, ballot.Round, ballot.PreviousBallotId, ballot.Relation, ballot.Settings(),
        KindCatalog.Of(ballot.Kind).Options(ballot.Scale),
        ballot.Items.OrderBy(p => p.Position)
            .Select(p => new ItemView(p.Id, p.Name, p.Content, WithoutTrailingZeros(p.BudgetWan), p.LeadDepartment, p.Group, p.OriginItemId))
            .ToList(),
        ballot.OpenedAt);

    public static BallotSettingsView Settings(this Ballot ballot) => KindCatalog.Of(ballot.Kind).Settings(ballot);

    // SQLite keeps decimals as text and reads 500 back as 500.0; the wire shows the amount as it was entered.
    private static decimal? WithoutTrailingZeros(decimal? amount) => amount / 1.000000000000000000000000000000000m;
}
