using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Sittings;

public sealed class SittingQueries(VenueDbContext db)
{
    public async Task<Sitting> GetAsync(int sittingId) =>
        await db.Sittings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sittingId)
        ?? throw VenueErrors.NotFound($"编号为{sittingId}的会议");
}

public static class SittingMapping
{
    public static SittingView ToView(this Sitting sitting) =>
        new(sitting.Id, sitting.Name, sitting.QuorumNumerator, sitting.QuorumDenominator, sitting.TermId, sitting.AcceptPersonalCredentials);
}
