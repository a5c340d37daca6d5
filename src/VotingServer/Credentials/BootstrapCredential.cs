using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// On a server with no secretariat credential, issues one and prints it to the console only (never to the log
/// file), so the first secretariat can sign in and issue the rest. It is revoked as soon as a named secretariat
/// credential is issued (see <see cref="CredentialIssuer.IssueStaff"/>).
/// </summary>
public sealed class BootstrapCredential(IServiceScopeFactory scopes, GroupCommitWriter writer, TimeProvider clock)
{
    /// <summary>The holder's name of the bootstrap credential, which no named credential may take.</summary>
    public const string Name = "初始秘书处";

    /// <summary>The code printed at this start, if one was; kept in memory for the hosting process alone.</summary>
    public string? Code { get; private set; }

    public async Task EnsureAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var issuer = scope.ServiceProvider.GetRequiredService<CredentialIssuer>();
        var issued = await writer.WriteAsync(tx =>
        {
            if (CredentialIssuer.HasActiveSecretariat(tx)) return null;
            var (credential, id) = issuer.IssueStaff(tx, Role.Secretariat, Name);
            AuditTrail.Record(tx, Actor.Server, clock.GetUtcNow(), AuditAction.StaffCredentialIssued, $"首次启动，发放初始秘书处凭证（编号{id}）");
            return credential;
        });
        if (issued is null) return;
        Code = issued.Code;
        Console.WriteLine();
        Console.WriteLine("==============================================================");
        Console.WriteLine(" 初始秘书处凭证（仅显示一次，请妥善保管）");
        Console.WriteLine($" Bootstrap secretariat credential (shown once): {Code}");
        Console.WriteLine("==============================================================");
        Console.WriteLine();
    }
}
