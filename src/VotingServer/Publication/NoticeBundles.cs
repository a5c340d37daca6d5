using System.Text.Json;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A published notice as one bundle (公告数据包) that anyone checks offline with src/Verifier: the notice and the count
/// record as the exact strings that were signed, the signatures and keys, the box as published, the tracking codes and
/// the ballot's stretch of the chained audit record (docs/verification.md). Everything in it is read from what was
/// stored at the count and at publication, none of which changes afterwards, so a bundle downloaded twice is the same.
/// </summary>
public sealed class NoticeBundles(VenueDbContext db, ServerSigningKey serverKey)
{
    public async Task<string> JsonAsync(int sittingId, int number) =>
        JsonSerializer.Serialize(await BuildAsync(sittingId, number), ResultStore.Json);

    public async Task<PublicationBundle> BuildAsync(int sittingId, int number)
    {
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.SittingId == sittingId && n.Number == number)
            ?? throw VenueErrors.NotFound($"第{number}号公告");
        var ballot = await db.Ballots.AsNoTracking().SingleAsync(b => b.Id == notice.BallotId);
        var signatures = await db.CountSignatures.AsNoTracking().Where(s => s.BallotId == ballot.Id)
            .Join(db.CountingStaff.AsNoTracking(), s => s.CountingStaffId, c => c.Id, (s, c) => new { s, c })
            .ToListAsync();
        var previous = ballot.PreviousBallotId is { } earlier
            ? await db.Ballots.AsNoTracking().Where(b => b.Id == earlier).Select(b => b.ResultJson).SingleAsync()
            : null;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return new PublicationBundle(
                PublicationBundle.FormatName, notice.DocumentJson, notice.ServerSignature,
                new ServerKeyView(serverKey.PublicKey, serverKey.Fingerprint), ballot.ResultJson!,
                [.. signatures.OrderBy(x => x.s.SignedAt).ThenBy(x => x.c.Id)
                    .Select(x => new BundleSignature(x.c.Name, x.c.Role, x.s.SignedAt, x.s.SigningKey, x.s.Signature))],
                BoxRecord.Read(connection, ballot.Id), TrackingCodes.Counted(connection, ballot.Id),
                AuditStretch(connection, ballot.Id, ballot.AuditHead), previous);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The audit entries from the ballot's opening entry to the head at its count (its closing entry), every one in
    /// between included: the chain is one record for the whole venue, so the stretch holds other acts of that time too.
    /// A ballot counted by hand without being opened has only its closing entry.
    /// </summary>
    private static List<BundleAuditEntry> AuditStretch(DbConnection connection, int ballotId, string? head)
    {
        if (head is null) return [];
        var last = connection.Scalar<long?>("SELECT \"Id\" FROM \"AuditEntries\" WHERE \"Hash\" = @head", ("@head", head));
        if (last is null) return [];
        var first = connection.Scalar<long?>(
            "SELECT MIN(\"Id\") FROM \"AuditEntries\" WHERE \"BallotId\" = @ballot AND \"Action\" = @opened AND \"Id\" <= @last",
            ("@ballot", ballotId), ("@opened", AuditAction.BallotOpened.Wire()), ("@last", last)) ?? last;
        return connection.Query($"SELECT {AuditTrail.Columns} FROM \"AuditEntries\" WHERE \"Id\" BETWEEN @first AND @last ORDER BY \"Id\"",
            r => ToBundle(AuditTrail.ToStored(r)), ("@first", first), ("@last", last));
    }

    private static BundleAuditEntry ToBundle(StoredEntry stored)
    {
        var e = stored.Entry;
        return new BundleAuditEntry(e.Id, AuditChain.FormatTime(e.At), e.CredentialId, e.Role, e.Name, e.Address, e.Action, e.SittingId,
            e.BallotId, e.Summary, stored.PrevHash, stored.Hash);
    }
}
