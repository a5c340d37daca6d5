using Microsoft.EntityFrameworkCore;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// Notice numbers follow the agenda, not the order in which the secretariat publishes (docs/sitting-api.md "Notice
/// numbers"). The sitting's closed ballots are put in agenda order, each run-off or further round right after the
/// item it continues; a notice's number is its ballot's place in that order. A number already given never changes:
/// if that place is taken (an earlier item, or a run-off of one, closed after a later item's notice was published),
/// the notice takes the next number not yet used.
/// </summary>
public static class NoticeNumbering
{
    public static int Next(VenueDbContext db, int sittingId, int ballotId)
    {
        var ballots = db.Ballots.AsNoTracking().Where(b => b.SittingId == sittingId)
            .Select(b => new { b.Id, b.AgendaPosition, b.PreviousBallotId, Closed = b.ResultJson != null }).ToList();
        var byId = ballots.ToDictionary(b => b.Id);
        int Item(int id)
        {
            var ballot = byId[id];
            for (var hops = 0; ballot.PreviousBallotId is { } previous && byId.ContainsKey(previous) && hops < ballots.Count; hops++)
                ballot = byId[previous];
            return ballot.AgendaPosition;
        }
        var order = ballots.Where(b => b.Closed || b.Id == ballotId)
            .OrderBy(b => Item(b.Id)).ThenBy(b => b.AgendaPosition).Select(b => b.Id).ToList();
        var place = order.IndexOf(ballotId) + 1;
        var used = db.Notices.Where(n => n.SittingId == sittingId).Select(n => n.Number).ToHashSet();
        while (used.Contains(place)) place++;
        return place;
    }
}
