using Microsoft.EntityFrameworkCore;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Roster;

public static class DeputyLookup
{
    /// <summary>The deputy with this 代表证号 in the sitting (compared without case), or the not-found error.</summary>
    public static async Task<Deputy> SingleByNumberAsync(this IQueryable<Deputy> deputies, int sittingId, string number) =>
        await deputies.SingleOrDefaultAsync(d => d.SittingId == sittingId && d.Number == number) ?? throw NotFound(number);

    /// <summary>The same lookup inside a write.</summary>
    public static Deputy SingleByNumber(this IQueryable<Deputy> deputies, int sittingId, string number) =>
        deputies.SingleOrDefault(d => d.SittingId == sittingId && d.Number == number) ?? throw NotFound(number);

    private static VenueError NotFound(string number) => VenueErrors.NotFound($"代表证号为{number}的代表");
}
