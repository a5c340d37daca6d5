using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>
/// Imports a roster file into a sitting: deputies are matched by 代表证号, added or updated, all or nothing.
/// Refused while a ballot is open, since the count of current deputies is that ballot's denominator.
/// </summary>
public sealed class RosterImporter(VenueDbContext db, CredentialDirectory directory, LiveUpdates live)
{
    public async Task<RosterImported> ImportAsync(int sittingId, byte[] file)
    {
        await RequireNoOpenBallotAsync(sittingId);
        var (rows, errors) = RosterFile.Read(file);
        if (errors.Count > 0) throw VenueErrors.RosterInvalid(errors);
        var existing = await db.Deputies.Where(d => d.SittingId == sittingId).ToDictionaryAsync(d => d.Number, StringComparer.OrdinalIgnoreCase);
        var added = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Number, out var deputy))
            {
                deputy = new Deputy { SittingId = sittingId, Number = row.Number, Name = row.Name };
                db.Deputies.Add(deputy);
                added++;
            }
            deputy.Name = row.Name;
            deputy.Delegation = row.Delegation;
            deputy.Status = row.Status;
            deputy.OnLeave = row.OnLeave ?? deputy.OnLeave;
        }
        await db.SaveChangesAsync();
        await directory.ReloadAsync();
        live.AttendanceChanged(sittingId);
        return new RosterImported(added, rows.Count - added, existing.Count + added);
    }

    private async Task RequireNoOpenBallotAsync(int sittingId)
    {
        if (await db.Ballots.AnyAsync(b => b.SittingId == sittingId && b.State == BallotStates.Open)) throw VenueErrors.RosterLocked();
    }
}

public static class DeputyMapping
{
    public static DeputyView ToView(this Deputy deputy, bool hasCredential) => new(
        deputy.Id, deputy.Number, deputy.Name, deputy.Delegation, deputy.Status switch
        {
            DeputyStatus.Suspended => DeputyStatuses.Suspended,
            DeputyStatus.Ended => DeputyStatuses.Ended,
            _ => DeputyStatuses.Current,
        }, deputy.OnLeave, deputy.SignedInAt is not null, hasCredential);
}
