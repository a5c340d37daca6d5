using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Roster;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Terms;

/// <summary>
/// The term's register (届代表名册): deputies matched by 代表证号 and grouped into stations by the file's 代表联络站
/// column, added or updated, all or nothing. A deputy whose mandate is suspended or ended loses their personal
/// credential in the same write: a credential is valid only for a current deputy.
/// </summary>
public sealed class TermRegister(GroupCommitWriter writer, CurrentActor actor, TimeProvider clock)
{
    public async Task<TermRegisterImported> ImportAsync(int termId, byte[] file)
    {
        var (rows, errors) = RosterFile.Read(file);
        if (errors.Count > 0) throw VenueErrors.RosterInvalid(errors);
        var who = actor.Value;
        return await writer.WriteAsync(tx =>
        {
            var imported = Write(tx, termId, rows, clock.GetUtcNow());
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.TermRegisterImported,
                $"导入第{termId}号届代表名册{rows.Count}行，{imported.Stations}个代表联络站");
            return imported;
        });
    }

    private static TermRegisterImported Write(WriteTransaction tx, int termId, IReadOnlyList<RosterRow> rows, DateTimeOffset now)
    {
        var stations = tx.Db.Stations.Where(s => s.TermId == termId).ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var name in rows.Select(r => r.Station).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (!stations.ContainsKey(name)) tx.Db.Stations.Add(stations[name] = new Station { TermId = termId, Name = name });
        }
        tx.Save();
        var existing = tx.Db.TermDeputies.Where(d => d.TermId == termId).ToDictionary(d => d.Number, StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Number, out var deputy))
                tx.Db.TermDeputies.Add(deputy = new TermDeputy { TermId = termId, Number = row.Number, Name = row.Name });
            deputy.Name = row.Name;
            deputy.Status = row.Status;
            deputy.StationId = row.Station.Length > 0 ? stations[row.Station].Id : deputy.StationId;
        }
        tx.Save();
        var notCurrent = tx.Db.TermDeputies.Where(d => d.TermId == termId && d.Status != DeputyStatus.Current).Select(d => d.Id).ToList();
        foreach (var credential in tx.Db.Credentials
                     .Where(c => c.TermDeputyId != null && c.RevokedAt == null && notCurrent.Contains(c.TermDeputyId.Value)).ToList())
            credential.RevokedAt = now;
        tx.Save();
        // The sittings of the term match their rosters to the register as it is now.
        foreach (var sittingId in tx.Db.Sittings.Where(s => s.TermId == termId).Select(s => s.Id).ToList())
            SittingHallAccess.MatchRoster(tx, sittingId, termId);
        return new TermRegisterImported(tx.Db.TermDeputies.Count(d => d.TermId == termId), stations.Count);
    }
}
