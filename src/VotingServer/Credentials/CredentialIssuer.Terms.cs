using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// The credentials of a term, used between sittings: a deputy's personal one (on the phone; never a sitting's
/// in-hall credential: it has its own role, which no hall method admits) and a department's (承办单位). Issuing
/// either revokes what its holder had before, in the same write.
/// </summary>
public sealed partial class CredentialIssuer
{
    public async Task<IssuedCredential> IssuePersonalAsync(int termId, string number)
    {
        var who = actor.Value;
        return await writer.WriteAsync(tx =>
        {
            var deputy = tx.Db.TermDeputies.SingleByNumber(termId, number);
            if (deputy.Status != DeputyStatus.Current) throw VenueErrors.DeputyNotCurrent();
            Revoke(tx, tx.Db.Credentials.Where(c => c.TermDeputyId == deputy.Id));
            var (code, credential) = Add(tx, Role.TermDeputy, deputy.Name, null, null);
            (credential.TermId, credential.TermDeputyId) = (termId, deputy.Id);
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.PersonalCredentialIssued,
                $"为代表{deputy.Number} {deputy.Name}发放闭会期间个人凭证（编号{credential.Id}，原凭证作废）");
            return new IssuedCredential(Role.TermDeputy, deputy.Name, deputy.Number, CredentialCode.Display(code), CredentialSheet.QrDataUrl(code));
        });
    }

    public async Task RevokePersonalAsync(int termId, string number)
    {
        var who = actor.Value;
        await writer.WriteAsync(tx =>
        {
            var deputy = tx.Db.TermDeputies.SingleByNumber(termId, number);
            Revoke(tx, tx.Db.Credentials.Where(c => c.TermDeputyId == deputy.Id));
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.PersonalCredentialRevoked,
                $"作废代表{deputy.Number} {deputy.Name}的闭会期间个人凭证");
            return true;
        });
    }

    public async Task<IssuedCredential> IssueDepartmentAsync(int termId, int departmentId)
    {
        var who = actor.Value;
        return await writer.WriteAsync(tx =>
        {
            var department = tx.Db.Departments.SingleOrDefault(d => d.Id == departmentId && d.TermId == termId)
                ?? throw VenueErrors.NotFound($"编号为{departmentId}的承办单位");
            Revoke(tx, tx.Db.Credentials.Where(c => c.DepartmentId == department.Id));
            var (code, credential) = Add(tx, Role.Department, department.Name, null, null);
            (credential.TermId, credential.DepartmentId) = (termId, department.Id);
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.StaffCredentialIssued,
                $"为承办单位“{department.Name}”发放凭证（编号{credential.Id}，原凭证作废）");
            return new IssuedCredential(Role.Department, department.Name, null, CredentialCode.Display(code), CredentialSheet.QrDataUrl(code));
        });
    }
}
