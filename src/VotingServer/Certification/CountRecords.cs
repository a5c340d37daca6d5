using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Duties;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Certification;

/// <summary>
/// The count record (计票记录) of a closed ballot and the scrutineers' signatures on it. A signature is an ECDSA
/// P-256 signature over the stored result's UTF-8 bytes (which hold the box root and the audit head), made with the
/// key derived from the card presented (<see cref="CredentialKeys"/>), so it certifies exactly the figures that are
/// published and proves the card was there.
/// </summary>
public sealed class CountRecords(
    VenueDbContext db, GroupCommitWriter writer, TimeProvider clock, CurrentActor actor, IHubContext<VenueHub, IVenueClient> hub)
{
    public Task<CountRecordView> GetAsync(int ballotId) => Task.FromResult(Get(db, ballotId));

    /// <summary>The record as it stands in <paramref name="store"/>: a request's reads, or a write checking what it guards.</summary>
    public static CountRecordView Get(VenueDbContext store, int ballotId)
    {
        var ballot = BallotQueries.Get(store, ballotId);
        var result = ResultStore.Read(ballot) ?? throw VenueErrors.BallotNotClosed();
        var designated = store.CountingStaff.AsNoTracking()
            .Where(s => s.SittingId == ballot.SittingId && (s.Role == CountingRole.ChiefScrutineer || s.Role == CountingRole.Scrutineer))
            .OrderBy(s => s.Id).ToList();
        var signatures = store.CountSignatures.AsNoTracking().Where(s => s.BallotId == ballotId).ToList();
        var signed = designated.Join(signatures, d => d.Id, s => s.CountingStaffId, (d, s) => new SignatureView(
                d.Id, d.Name, d.Role, s.SignedAt, s.SigningKey is { } key ? RecordSignatures.Fingerprint(key) : null, s.Signature, s.SigningKey))
            .OrderBy(s => s.SignedAt).ToList();
        var awaiting = designated.Where(d => signatures.All(s => s.CountingStaffId != d.Id)).Select(d => d.Name).ToList();
        var notice = store.Notices.AsNoTracking().Where(n => n.BallotId == ballotId).Select(n => (int?)n.Number).SingleOrDefault();
        return new CountRecordView(
            result, Sha256(ballot.ResultJson!), signed, awaiting, designated.Count > 0 && awaiting.Count == 0, notice, ConfirmedActs(store, ballot),
            ballot.AuditHead);
    }

    /// <summary>
    /// The acts the presidium confirmed that bear on a ballot: its own hand count, a deputy's credential reissued or a
    /// deputy signed in by hand while it was open, and any scrutineer's credential reissued in its sitting.
    /// </summary>
    public static List<ConfirmationView> ConfirmedActs(VenueDbContext store, Ballot ballot) =>
        store.Confirmations.AsNoTracking().Where(c => c.SittingId == ballot.SittingId && c.DoneAt != null).OrderBy(c => c.Id).ToList()
            .Where(c => c.Act switch
            {
                ConfirmationAct.HandCount => c.BallotId == ballot.Id,
                ConfirmationAct.ScrutineerReissue => true,
                _ => ballot.OpenedAt is { } opened && c.DoneAt >= opened && (ballot.ClosedAt is not { } closed || c.DoneAt <= closed),
            })
            .Select(c => c.ToView()).ToList();

    /// <summary>
    /// The calling scrutineer's signature, once per record: checked and written in one step. <paramref name="code"/>
    /// is the card's code as presented; the key derived from it must be the one registered for the credential.
    /// </summary>
    public async Task<CountRecordView> SignAsync(int ballotId, Caller caller, string code)
    {
        // Derived before the write, so that the one writer spends no time on it.
        using var key = CredentialKeys.Signing(code);
        var publicKey = RecordSignatures.PublicKey(key);
        var sittingId = await writer.WriteAsync(tx =>
        {
            var ballot = tx.Db.Ballots.AsNoTracking().SingleOrDefault(b => b.Id == ballotId)
                ?? throw VenueErrors.NotFound($"编号为{ballotId}的表决");
            if (ballot.ResultJson is null) throw VenueErrors.BallotNotClosed();
            var scrutineer = tx.Db.CountingStaff.AsNoTracking().SingleOrDefault(s =>
                    s.SittingId == ballot.SittingId && s.CredentialId == caller.CredentialId
                    && (s.Role == CountingRole.ChiefScrutineer || s.Role == CountingRole.Scrutineer))
                ?? throw VenueErrors.NotDesignatedScrutineer();
            if (tx.Db.CountSignatures.Any(s => s.BallotId == ballotId && s.CountingStaffId == scrutineer.Id)) throw VenueErrors.AlreadySigned();
            var registered = tx.Db.Credentials.AsNoTracking().Where(c => c.Id == caller.CredentialId).Select(c => c.SigningKey).Single();
            if (registered is null || !string.Equals(registered, publicKey, StringComparison.Ordinal)) throw VenueErrors.SigningKeyNotRegistered();
            var now = clock.GetUtcNow();
            tx.Db.CountSignatures.Add(new CountSignature
            {
                BallotId = ballotId, CountingStaffId = scrutineer.Id, SignedAt = now, RecordSha256 = Sha256(ballot.ResultJson),
                Signature = RecordSignatures.Sign(key, ballot.ResultJson), SigningKey = publicKey,
            });
            tx.Save();
            AuditTrail.Record(tx, actor.Value, now, AuditAction.CountRecordSigned,
                $"{scrutineer.Role.Title()}{scrutineer.Name}在“{ballot.Title}”的计票记录上签字（签名密钥指纹 {RecordSignatures.Fingerprint(publicKey)}）",
                ballot.SittingId, ballotId);
            return ballot.SittingId;
        });
        // The staff pages of the sitting show the signature without being refreshed by hand.
        await hub.Clients.Group(VenueGroups.Staff(sittingId)).CountRecordSigned(ballotId);
        return await GetAsync(ballotId);
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
