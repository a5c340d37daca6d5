using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Duties;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Roster;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// Issues and revokes credentials. Issuing to a deputy revokes what the deputy held before, in the same write.
/// The methods that take a <see cref="WriteTransaction"/> let another write (a scrutineer's designation) include
/// an issue or a revocation in its own single step.
/// </summary>
public sealed partial class CredentialIssuer(
    VenueDbContext db, GroupCommitWriter writer, TimeProvider clock, CurrentActor actor, ILogger<CredentialIssuer> logger)
{
    public sealed record DeputyCredential(Deputy Deputy, string Code);

    /// <summary>New credentials for the named deputies of a sitting (all current deputies when none are named).</summary>
    public async Task<IReadOnlyList<DeputyCredential>> IssueForDeputiesAsync(int sittingId, IReadOnlyCollection<string>? numbers)
    {
        var who = actor.Value;
        var issued = await writer.WriteAsync(tx => IssueForDeputies(tx, sittingId, numbers, who));
        LogDeputiesIssued(sittingId, issued.Count);
        return issued;
    }

    /// <summary>
    /// A deputy who holds (or would be issued) an open ballot not yet returned gets a new credential only with the
    /// presidium's confirmation: the new code could cast that ballot (docs/security.md).
    /// </summary>
    private IReadOnlyList<DeputyCredential> IssueForDeputies(WriteTransaction tx, int sittingId, IReadOnlyCollection<string>? numbers, Actor who)
    {
        var deputies = tx.Db.Deputies.AsNoTracking().Where(d => d.SittingId == sittingId).OrderBy(d => d.Number).ToList();
        if (numbers is { Count: > 0 })
        {
            // Matched here, not in SQL: a list of any length must not become one SQL parameter per number.
            var named = numbers.ToHashSet(StringComparer.Ordinal);
            deputies = [.. deputies.Where(d => named.Contains(d.Number))];
            if (deputies.Count != numbers.Distinct(StringComparer.OrdinalIgnoreCase).Count())
                throw VenueErrors.NotFound("名单中的部分代表");
        }
        else deputies = [.. deputies.Where(d => d.Status == DeputyStatus.Current)];
        var now = clock.GetUtcNow();
        var confirmed = deputies.Where(d => Confirmations.HasUnreturnedOpenBallot(tx, d.Id, sittingId))
            .Select(d => Confirmations.Use(tx, now, ConfirmationAct.DeputyReissue, sittingId, deputyId: d.Id)).ToList();
        var ids = deputies.Select(d => d.Id).ToList();
        Revoke(tx, tx.Db.Credentials.Where(c => c.DeputyId != null && ids.Contains(c.DeputyId.Value)));
        var issued = deputies.Select(d => new DeputyCredential(d, Add(tx, Role.Deputy, d.Name, d.Id, null).Code)).ToList();
        tx.Save();
        var whom = deputies.Count == 1 ? $"代表{deputies[0].Number} {deputies[0].Name}" : $"{deputies.Count}名代表";
        AuditTrail.Record(tx, who, now, AuditAction.DeputyCredentialsIssued,
            $"为{whom}发放新凭证（原凭证作废）" + (confirmed.Count == 0 ? "" : $"，其中{confirmed.Count}名代表有未交回的表决票，经主席团确认"), sittingId);
        return issued;
    }

    /// <summary>Issues a staff credential to a named holder; the bootstrap name is the server's own.</summary>
    public async Task<IssuedCredential> IssueStaffAsync(Role role, string name)
    {
        if (name?.Trim() == BootstrapCredential.Name)
            throw VenueErrors.Invalid($"“{BootstrapCredential.Name}”是服务器首次启动时所发凭证的名称，请填写持有人姓名。");
        var who = actor.Value;
        var (issued, credentialId) = await writer.WriteAsync(tx =>
        {
            var (credential, id) = IssueStaff(tx, role, name!);
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.StaffCredentialIssued, $"为{credential.Name}发放{role.Title()}凭证（编号{id}）");
            return (credential, id);
        });
        LogStaffIssued(credentialId, role.Wire());
        return issued;
    }

    /// <summary>Issues a staff credential inside a write and says which row holds it, for a designation that points at it.</summary>
    public (IssuedCredential Credential, int CredentialId) IssueStaff(WriteTransaction tx, Role role, string name)
    {
        if (!role.IsStaff()) throw VenueErrors.Invalid($"角色“{role.Wire()}”无效，应为 presidium、secretariat 或 scrutineer。");
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 64) throw VenueErrors.Invalid("请填写持有人姓名（不超过64字）。");
        var (code, credential) = Add(tx, role, name.Trim(), null, null);
        // The bootstrap credential only serves to issue the first named one: it ends as that one is issued.
        if (role == Role.Secretariat && name.Trim() != BootstrapCredential.Name)
        {
            Revoke(tx, tx.Db.Credentials.Where(c =>
                c.Role == Role.Secretariat && c.DeputyId == null && c.Name == BootstrapCredential.Name));
        }
        tx.Save();
        return (new IssuedCredential(role, name.Trim(), null, CredentialCode.Display(code), CredentialSheet.QrDataUrl(code)), credential.Id);
    }

    /// <summary>A read-only credential for one sitting's big screen.</summary>
    public async Task<ViewerLinkView> IssueViewerAsync(int sittingId)
    {
        var link = await writer.WriteAsync(tx =>
        {
            var (issued, credential) = Add(tx, Role.Viewer, "大屏", null, sittingId);
            var code = CredentialCode.Display(issued);
            tx.Save();
            AuditTrail.Record(tx, actor.Value, clock.GetUtcNow(), AuditAction.ViewerLinkIssued, $"发放大屏链接（凭证编号{credential.Id}）", sittingId);
            return new ViewerLinkView(sittingId, code, $"/screen/#{code}");
        });
        LogViewerIssued(sittingId);
        return link;
    }

    public async Task<List<StaffCredentialView>> ListStaffAsync() =>
        (await db.Credentials.AsNoTracking().Where(c => c.DeputyId == null && c.TermId == null).OrderBy(c => c.Id).ToListAsync())
        .Select(c => new StaffCredentialView(c.Id, c.Role, c.Name, c.SittingId, c.IssuedAt, c.RevokedAt != null)).ToList();

    public async Task RevokeStaffAsync(int credentialId)
    {
        await writer.WriteAsync(tx =>
        {
            RevokeStaff(tx, credentialId);
            AuditTrail.Record(tx, actor.Value, clock.GetUtcNow(), AuditAction.StaffCredentialRevoked, $"作废工作人员凭证（编号{credentialId}）");
            return true;
        });
        LogStaffRevoked(credentialId);
    }

    /// <summary>Revokes a staff or viewer credential; the last secretariat credential is kept, or no one could issue again.</summary>
    public void RevokeStaff(WriteTransaction tx, int credentialId)
    {
        var credential = tx.Db.Credentials.SingleOrDefault(c => c.Id == credentialId && c.DeputyId == null && c.TermId == null)
            ?? throw VenueErrors.NotFound($"编号为{credentialId}的工作人员凭证");
        if (credential.Role == Role.Secretariat && credential.RevokedAt is null && !HasActiveSecretariat(tx, except: credentialId))
            throw VenueErrors.Invalid("这是最后一个有效的秘书处凭证，不能作废；请先为秘书处另发凭证。");
        credential.RevokedAt ??= clock.GetUtcNow();
        tx.Save();
    }

    public async Task RevokeDeputyAsync(int sittingId, string number)
    {
        await writer.WriteAsync(tx =>
        {
            var deputy = tx.Db.Deputies.AsNoTracking().SingleByNumber(sittingId, number);
            Revoke(tx, tx.Db.Credentials.Where(c => c.DeputyId == deputy.Id));
            AuditTrail.Record(tx, actor.Value, clock.GetUtcNow(), AuditAction.DeputyCredentialRevoked, $"作废代表{deputy.Number} {deputy.Name}的凭证", sittingId);
            return true;
        });
        LogDeputyRevoked(sittingId, number);
    }

    /// <summary>Whether a secretariat credential other than <paramref name="except"/> is still valid.</summary>
    public static bool HasActiveSecretariat(WriteTransaction tx, int? except = null) =>
        tx.Db.Credentials.Any(c => c.Role == Role.Secretariat && c.RevokedAt == null && c.Id != except);

    private void Revoke(WriteTransaction tx, IQueryable<Credential> credentials)
    {
        var now = clock.GetUtcNow();
        foreach (var credential in credentials.Where(c => c.RevokedAt == null).ToList()) credential.RevokedAt = now;
        tx.Save();
    }

    /// <summary>Adds a credential to the write; the caller saves (once, for a whole sheet).</summary>
    private (string Code, Credential Credential) Add(WriteTransaction tx, Role role, string name, int? deputyId, int? sittingId)
    {
        var code = CredentialCode.NewCode();
        var credential = new Credential
        {
            TokenHash = CredentialCode.Hash(code), Role = role, Name = name, DeputyId = deputyId, SittingId = sittingId,
            IssuedAt = clock.GetUtcNow(),
        };
        // A scrutineer's keys are registered with the credential: a reissued card has new ones.
        if (role == Role.Scrutineer) (credential.SigningKey, credential.SealingKey) = CredentialKeys.PublicKeys(code);
        tx.Db.Credentials.Add(credential);
        return (code, credential);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued {Count} deputy credentials for sitting {SittingId}")]
    private partial void LogDeputiesIssued(int sittingId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued staff credential {CredentialId} ({Role})")]
    private partial void LogStaffIssued(int credentialId, string role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued a viewer credential for sitting {SittingId}")]
    private partial void LogViewerIssued(int sittingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked staff credential {CredentialId}")]
    private partial void LogStaffRevoked(int credentialId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked the credential of deputy {Number} of sitting {SittingId}")]
    private partial void LogDeputyRevoked(int sittingId, string number);
}
