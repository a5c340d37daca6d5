using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Audit;

/// <summary>
/// The audit record (操作记录): every state change writes one entry inside the write that makes it, so the entry
/// exists exactly when the change does. Entries are never changed or deleted (triggers refuse it) and never hold a
/// choice: a cast is recorded only as its ballot's issuance, which carries no time and no order.
/// </summary>
public static class AuditTrail
{
    public static void Record(
        WriteTransaction tx, Actor actor, DateTimeOffset at, AuditAction action, string summary, int? sittingId = null, int? ballotId = null) =>
        tx.Connection.Execute(
            """
            INSERT INTO AuditEntries (At, CredentialId, Role, Name, Address, Action, SittingId, BallotId, Summary)
            VALUES ($at, $credential, $role, $name, $address, $action, $sitting, $ballot, $summary)
            """,
            ("$at", at), ("$credential", actor.CredentialId), ("$role", actor.Role?.Wire()), ("$name", actor.Name),
            ("$address", actor.Address), ("$action", action.Wire()), ("$sitting", sittingId), ("$ballot", ballotId),
            ("$summary", summary));

    public static AuditEntryView ToView(this AuditEntry e) =>
        new(e.Id, e.At, new ActorView(e.CredentialId, e.Role, e.Name), e.Address, e.Action, e.SittingId, e.BallotId, e.Summary);
}
