using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>
/// Imports a roster file into a sitting: deputies are matched by 代表证号, added or updated, all or nothing.
/// Refused while a ballot is open, since the count of current deputies is that ballot's denominator.
/// </summary>
public sealed class RosterImporter(GroupCommitWriter writer, LiveUpdates live, CurrentActor actor, TimeProvider clock)
{
    /// <summary>Parses the file first, then checks that no ballot is open and writes, both in one step.</summary>
    public async Task<RosterImported> ImportAsync(int sittingId, byte[] file)
    {
        var (rows, errors) = RosterFile.Read(file);
        if (errors.Count > 0) throw VenueErrors.RosterInvalid(errors);
        var who = actor.Value;
        var imported = await writer.WriteAsync(tx =>
        {
            var done = Write(tx, sittingId, rows);
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.RosterImported, $"导入代表名册{rows.Count}行", sittingId);
            return done;
        });
        live.AttendanceChanged(sittingId);
        return imported;
    }

    private static RosterImported Write(WriteTransaction tx, int sittingId, IReadOnlyList<RosterRow> rows)
    {
        if (tx.Db.Ballots.Any(b => b.SittingId == sittingId && b.State == BallotState.Open)) throw VenueErrors.RosterLocked();
        var existing = tx.Db.Deputies.Where(d => d.SittingId == sittingId).ToDictionary(d => d.Number, StringComparer.OrdinalIgnoreCase);
        var added = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Number, out var deputy))
            {
                deputy = new Deputy { SittingId = sittingId, Number = row.Number, Name = row.Name };
                tx.Db.Deputies.Add(deputy);
                added++;
            }
            deputy.Name = row.Name;
            deputy.Delegation = row.Delegation;
            deputy.Status = row.Status;
            deputy.OnLeave = row.OnLeave ?? deputy.OnLeave;
        }
        tx.Save();
        // A sitting of a term: its rows are matched to the term's deputies again (a new row, a changed 代表证号).
        var termId = tx.Db.Sittings.Where(s => s.Id == sittingId).Select(s => s.TermId).Single();
        var unmatched = termId is null ? null : SittingHallAccess.MatchRoster(tx, sittingId, termId).Unmatched;
        return new RosterImported(added, rows.Count - added, existing.Count + added, unmatched);
    }
}

public static class DeputyMapping
{
    public static DeputyView ToView(this Deputy deputy, bool hasCredential) => new(
        deputy.Id, deputy.Number, deputy.Name, deputy.Delegation, deputy.Status, deputy.OnLeave, deputy.SignedInAt is not null, hasCredential,
        deputy.SignedInAt, deputy.SignInSource);
}
