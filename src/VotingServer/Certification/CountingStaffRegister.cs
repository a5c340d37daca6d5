using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Duties;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sealing;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Certification;

/// <summary>
/// The secretariat designates who runs the count of a sitting (RULES.md "Counting, certification, publication"):
/// each scrutineer gets a credential of their own to sign count records with; tellers are named on the record.
/// </summary>
public sealed class CountingStaffRegister(
    VenueDbContext db, GroupCommitWriter writer, CredentialIssuer issuer, CurrentActor actor, TimeProvider clock, BoxKeys boxKeys)
{
    public Task<CountingStaffAdded> AddAsync(int sittingId, AddCountingStaffRequest request)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 64) throw VenueErrors.Invalid("请填写姓名（不超过64字）。");
        return writer.WriteAsync(tx =>
        {
            if (request.Role == CountingRole.ChiefScrutineer
                && tx.Db.CountingStaff.Any(s => s.SittingId == sittingId && s.Role == CountingRole.ChiefScrutineer))
                throw VenueErrors.Invalid("本次会议已指定总监票人。");
            var issued = request.Role.Signs() ? issuer.IssueStaff(tx, Role.Scrutineer, name) : default;
            var staff = new CountingStaff
            {
                SittingId = sittingId, Name = name, Role = request.Role, CredentialId = issued.Credential is null ? null : issued.CredentialId,
            };
            tx.Db.CountingStaff.Add(staff);
            tx.Save();
            // A scrutineer designated while ballots are open holds their box keys like the others.
            if (staff.CredentialId is { } credentialId) BoxSealing.WrapForNewHolder(tx.Connection, boxKeys, sittingId, credentialId);
            AuditTrail.Record(tx, actor.Value, clock.GetUtcNow(), AuditAction.CountingStaffDesignated,
                $"指定{name}为{request.Role.Title()}" + (issued.Credential is null ? "" : $"，发放监票人凭证（编号{issued.CredentialId}）"), sittingId);
            return new CountingStaffAdded(staff.ToView(), issued.Credential);
        });
    }

    /// <summary>
    /// A new credential for a scrutineer who lost theirs; the old one stops working in the same write. Whoever holds
    /// it can sign count records, so it needs the presidium's confirmation, and the act appears on every count record
    /// and notice of the sitting (docs/security.md).
    /// </summary>
    public Task<IssuedCredential> ReissueAsync(int sittingId, int staffId) => writer.WriteAsync(tx =>
    {
        var now = clock.GetUtcNow();
        var staff = Find(tx, sittingId, staffId);
        if (!staff.Role.Signs()) throw VenueErrors.Invalid("计票人没有凭证。");
        var confirmation = Confirmations.Use(tx, now, ConfirmationAct.ScrutineerReissue, sittingId, staffId: staff.Id);
        if (staff.CredentialId is { } old)
        {
            BoxSealing.EnsureKeysKept(tx.Connection, boxKeys, sittingId, old, replaced: true);
            issuer.RevokeStaff(tx, old);
            BoxSealing.DeleteWrapsOf(tx.Connection, old);
        }
        (var credential, staff.CredentialId) = issuer.IssueStaff(tx, Role.Scrutineer, staff.Name);
        tx.Save();
        BoxSealing.WrapForNewHolder(tx.Connection, boxKeys, sittingId, staff.CredentialId.Value);
        AuditTrail.Record(tx, actor.Value, now, AuditAction.CountingStaffCredentialReissued,
            $"经主席团{confirmation.DecidedByName}确认，为{staff.Role.Title()}{staff.Name}补发凭证（编号{staff.CredentialId}），原凭证作废", sittingId);
        return credential;
    });

    /// <summary>Withdraws a designation, with its credential; someone who has signed a record stays on it.</summary>
    public Task WithdrawAsync(int sittingId, int staffId) => writer.WriteAsync(tx =>
    {
        var staff = Find(tx, sittingId, staffId);
        if (tx.Db.CountSignatures.Any(s => s.CountingStaffId == staffId))
            throw VenueErrors.Invalid($"{staff.Name}已在计票记录上签字，不能撤销其{staff.Role.Title()}职责。");
        if (staff.CredentialId is { } credential)
        {
            BoxSealing.EnsureKeysKept(tx.Connection, boxKeys, sittingId, credential, replaced: false);
            issuer.RevokeStaff(tx, credential);
            BoxSealing.DeleteWrapsOf(tx.Connection, credential);
        }
        tx.Db.CountingStaff.Remove(staff);
        tx.Save();
        AuditTrail.Record(tx, actor.Value, clock.GetUtcNow(), AuditAction.CountingStaffWithdrawn, $"撤销{staff.Name}的{staff.Role.Title()}职责", sittingId);
        return true;
    });

    private static CountingStaff Find(WriteTransaction tx, int sittingId, int staffId) =>
        tx.Db.CountingStaff.SingleOrDefault(s => s.SittingId == sittingId && s.Id == staffId)
        ?? throw VenueErrors.NotFound($"编号为{staffId}的计票工作人员");

    public async Task<List<CountingStaffView>> ListAsync(int sittingId) =>
        (await db.CountingStaff.AsNoTracking().Where(s => s.SittingId == sittingId).OrderBy(s => s.Id).ToListAsync())
        .Select(s => s.ToView()).ToList();

    /// <summary>The sittings where the calling credential was designated a scrutineer: the scrutineer's page starts here.</summary>
    public async Task<List<CountingAssignmentView>> AssignmentsAsync(Caller caller) =>
        (await db.CountingStaff.AsNoTracking().Where(s => s.CredentialId == caller.CredentialId)
            .Join(db.Sittings.AsNoTracking(), s => s.SittingId, sitting => sitting.Id, (staff, sitting) => new { staff, sitting })
            .OrderByDescending(x => x.sitting.Id).ToListAsync())
        .Select(x => new CountingAssignmentView(x.sitting.ToView(), x.staff.ToView())).ToList();
}

public static class CountingStaffMapping
{
    public static CountingStaffView ToView(this CountingStaff staff) => new(staff.Id, staff.Name, staff.Role);
}
