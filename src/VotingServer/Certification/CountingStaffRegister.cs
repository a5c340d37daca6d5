using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Certification;

/// <summary>
/// The secretariat designates who runs the count of a sitting (RULES.md "Counting, certification, publication"):
/// each scrutineer gets a credential of their own to sign count records with; tellers are named on the record.
/// </summary>
public sealed class CountingStaffRegister(VenueDbContext db, CredentialIssuer issuer)
{
    public async Task<CountingStaffAdded> AddAsync(int sittingId, AddCountingStaffRequest request)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 64) throw VenueErrors.Invalid("请填写姓名（不超过64字）。");
        if (!CountingRoles.All.Contains(request.Role))
            throw VenueErrors.Invalid($"职责“{request.Role}”无效，应为 {string.Join("、", CountingRoles.All)} 之一。");
        if (request.Role == CountingRoles.ChiefScrutineer
            && await db.CountingStaff.AnyAsync(s => s.SittingId == sittingId && s.Role == CountingRoles.ChiefScrutineer))
            throw VenueErrors.Invalid("本次会议已指定总监票人。");
        var issued = CountingRoles.Signs(request.Role) ? await issuer.IssueStaffWithIdAsync(Roles.Scrutineer, name) : default;
        var staff = new CountingStaff
        {
            SittingId = sittingId, Name = name, Role = request.Role, CredentialId = issued.Credential is null ? null : issued.CredentialId,
        };
        db.CountingStaff.Add(staff);
        await db.SaveChangesAsync();
        return new CountingStaffAdded(staff.ToView(), issued.Credential);
    }

    /// <summary>A new credential for a scrutineer who lost theirs; the old one stops working.</summary>
    public async Task<IssuedCredential> ReissueAsync(int sittingId, int staffId)
    {
        var staff = await FindAsync(sittingId, staffId);
        if (!CountingRoles.Signs(staff.Role)) throw VenueErrors.Invalid("计票人没有凭证。");
        if (staff.CredentialId is { } old) await issuer.RevokeStaffAsync(old);
        (var credential, staff.CredentialId) = await issuer.IssueStaffWithIdAsync(Roles.Scrutineer, staff.Name);
        await db.SaveChangesAsync();
        return credential;
    }

    /// <summary>Withdraws a designation, with its credential; someone who has signed a record stays on it.</summary>
    public async Task WithdrawAsync(int sittingId, int staffId)
    {
        var staff = await FindAsync(sittingId, staffId);
        if (await db.CountSignatures.AnyAsync(s => s.CountingStaffId == staffId))
            throw VenueErrors.Invalid($"{staff.Name}已在计票记录上签字，不能撤销其{CountingStaffMapping.Label(staff.Role)}职责。");
        if (staff.CredentialId is { } credential) await issuer.RevokeStaffAsync(credential);
        db.CountingStaff.Remove(staff);
        await db.SaveChangesAsync();
    }

    private async Task<CountingStaff> FindAsync(int sittingId, int staffId) =>
        await db.CountingStaff.SingleOrDefaultAsync(s => s.SittingId == sittingId && s.Id == staffId)
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

    /// <summary>The scrutineer of this sitting who holds the calling credential, or the forbidden error.</summary>
    public async Task<CountingStaff> RequireScrutineerAsync(Caller caller, int sittingId) =>
        await db.CountingStaff.AsNoTracking().SingleOrDefaultAsync(s =>
            s.SittingId == sittingId && s.CredentialId == caller.CredentialId
            && (s.Role == CountingRoles.ChiefScrutineer || s.Role == CountingRoles.Scrutineer))
        ?? throw VenueErrors.NotDesignatedScrutineer();
}

public static class CountingStaffMapping
{
    public static CountingStaffView ToView(this CountingStaff staff) => new(staff.Id, staff.Name, staff.Role);

    public static string Label(string role) => role switch
    {
        CountingRoles.ChiefScrutineer => "总监票人",
        CountingRoles.Scrutineer => "监票人",
        _ => "计票人",
    };
}
