using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Roster;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>Issues and revokes credentials. Issuing to a deputy revokes what the deputy held before.</summary>
public sealed class CredentialIssuer(VenueDbContext db, CredentialDirectory directory, TimeProvider clock)
{
    public sealed record DeputyCredential(Deputy Deputy, string Code);

    /// <summary>New credentials for the named deputies of a sitting (all current deputies when none are named).</summary>
    public async Task<IReadOnlyList<DeputyCredential>> IssueForDeputiesAsync(int sittingId, IReadOnlyCollection<string>? numbers)
    {
        var query = db.Deputies.Where(d => d.SittingId == sittingId);
        query = numbers is { Count: > 0 }
            ? query.Where(d => numbers.Contains(d.Number))
            : query.Where(d => d.Status == DeputyStatus.Current);
        var deputies = await query.OrderBy(d => d.Number).ToListAsync();
        if (numbers is { Count: > 0 } && deputies.Count != numbers.Distinct().Count()) throw VenueErrors.NotFound("名单中的部分代表");
        var ids = deputies.Select(d => d.Id).ToList();
        await RevokeWhereAsync(db.Credentials.Where(c => c.DeputyId != null && ids.Contains(c.DeputyId.Value)));
        var issued = deputies.Select(d => new DeputyCredential(d, Add(Roles.Deputy, d.Name, d.Id))).ToList();
        await db.SaveChangesAsync();
        await directory.ReloadAsync();
        return issued;
    }

    public async Task<IssuedCredential> IssueStaffAsync(string role, string name) => (await IssueStaffWithIdAsync(role, name)).Credential;

    /// <summary>Issues a staff credential and says which row holds it, for a designation that points at it.</summary>
    public async Task<(IssuedCredential Credential, int CredentialId)> IssueStaffWithIdAsync(string role, string name)
    {
        if (!Roles.Staff.Contains(role)) throw VenueErrors.Invalid($"角色“{role}”无效，应为 presidium、secretariat 或 scrutineer。");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64) throw VenueErrors.Invalid("请填写持有人姓名（不超过64字）。");
        var code = Add(role, name.Trim(), null, out var credential);
        await db.SaveChangesAsync();
        await directory.ReloadAsync();
        return (new IssuedCredential(role, name.Trim(), null, CredentialCode.Display(code)), credential.Id);
    }

    /// <summary>A read-only credential for one sitting's big screen.</summary>
    public async Task<ViewerLinkView> IssueViewerAsync(int sittingId)
    {
        var code = Add(Roles.Viewer, "大屏", null, sittingId);
        await db.SaveChangesAsync();
        await directory.ReloadAsync();
        return new ViewerLinkView(sittingId, CredentialCode.Display(code), $"/screen/#{CredentialCode.Display(code)}");
    }

    public async Task<List<StaffCredentialView>> ListStaffAsync() =>
        (await db.Credentials.AsNoTracking().Where(c => c.DeputyId == null).OrderBy(c => c.Id).ToListAsync())
        .Select(c => new StaffCredentialView(c.Id, c.Role, c.Name, c.SittingId, c.IssuedAt, c.RevokedAt != null)).ToList();

    /// <summary>Revokes a staff or viewer credential; the last secretariat credential is kept, or no one could issue again.</summary>
    public async Task RevokeStaffAsync(int credentialId)
    {
        var credential = await db.Credentials.SingleOrDefaultAsync(c => c.Id == credentialId && c.DeputyId == null)
            ?? throw VenueErrors.NotFound($"编号为{credentialId}的工作人员凭证");
        if (credential.Role == Roles.Secretariat
            && !await db.Credentials.AnyAsync(c => c.Role == Roles.Secretariat && c.RevokedAt == null && c.Id != credentialId))
            throw VenueErrors.Invalid("这是最后一个有效的秘书处凭证，不能作废；请先为秘书处另发凭证。");
        credential.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
        await directory.ReloadAsync();
    }

    public async Task RevokeDeputyAsync(int sittingId, string number)
    {
        var deputy = await db.Deputies.SingleByNumberAsync(sittingId, number);
        await RevokeWhereAsync(db.Credentials.Where(c => c.DeputyId == deputy.Id));
        await db.SaveChangesAsync();
        await directory.ReloadAsync();
    }

    public Task<bool> HasActiveSecretariatAsync() =>
        db.Credentials.AnyAsync(c => c.Role == Roles.Secretariat && c.RevokedAt == null);

    private async Task RevokeWhereAsync(IQueryable<Credential> credentials)
    {
        var now = clock.GetUtcNow();
        foreach (var credential in await credentials.Where(c => c.RevokedAt == null).ToListAsync()) credential.RevokedAt = now;
    }

    private string Add(string role, string name, int? deputyId, int? sittingId = null) => Add(role, name, deputyId, out _, sittingId);

    private string Add(string role, string name, int? deputyId, out Credential credential, int? sittingId = null)
    {
        var code = CredentialCode.NewCode();
        db.Credentials.Add(credential = new Credential
        {
            TokenHash = CredentialCode.Hash(code), Role = role, Name = name, DeputyId = deputyId, SittingId = sittingId,
            IssuedAt = clock.GetUtcNow(),
        });
        return code;
    }
}
