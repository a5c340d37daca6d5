using System.Data.Common;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Audit;

/// <summary>
/// The audit record (操作记录): every state change writes one entry inside the write that makes it, so the entry
/// exists exactly when the change does. Entries are never changed or deleted (triggers refuse it) and never hold a
/// choice: a cast is recorded only as its ballot's issuance, which carries no time and no order.
/// <para>
/// The record is hash-chained (<see cref="AuditChain"/>): each entry carries the hash of the one before and its own
/// hash, written in the same INSERT. Writes run one after another on the one writer, and an entry reads the last
/// entry inside the shared transaction (which sees the batch's earlier, uncommitted items; a refused item's entry is
/// rolled back with its savepoint), so the chain is exact even when several writes share one commit.
/// </para>
/// </summary>
public static class AuditTrail
{
    /// <summary>Writes the entry and returns its hash, the chain's new head.</summary>
    public static string Record(
        WriteTransaction tx, Actor actor, DateTimeOffset at, AuditAction action, string summary, int? sittingId = null, int? ballotId = null)
    {
        var connection = tx.Connection;
        // The hash covers the time as stored: PostgreSQL keeps whole microseconds (SQLite keeps ticks).
        at = at.AddTicks(-(at.UtcTicks % 10));
        StoreDialect.Of(connection).LockAuditRecord(connection);
        var (lastId, previous) = Last(connection);
        var entry = new ChainEntry(lastId + 1, at, actor.CredentialId, actor.Role?.Wire(), actor.Name, actor.Address, action.Wire(),
            sittingId, ballotId, summary);
        var hash = AuditChain.Hash(previous, entry);
        connection.Execute(
            """
            INSERT INTO "AuditEntries" ("Id", "At", "CredentialId", "Role", "Name", "Address", "Action", "SittingId", "BallotId", "Summary", "PrevHash", "Hash")
            VALUES (@id, @at, @credential, @role, @name, @address, @action, @sitting, @ballot, @summary, @prev, @hash)
            """,
            ("@id", entry.Id), ("@at", at), ("@credential", actor.CredentialId), ("@role", entry.Role), ("@name", actor.Name),
            ("@address", actor.Address), ("@action", entry.Action), ("@sitting", sittingId), ("@ballot", ballotId),
            ("@summary", summary), ("@prev", previous), ("@hash", hash));
        return hash;
    }

    /// <summary>
    /// Chains the entries written before the record was chained (databases from before the ChainedAuditRecord
    /// migration), in id order, once; runs on the writer at start, before anything is served. The update trigger lets
    /// an entry without a hash receive one and refuses every other change.
    /// </summary>
    public static int ChainUnchained(DbConnection connection)
    {
        var unchained = connection.Query("SELECT \"Id\" FROM \"AuditEntries\" WHERE \"Hash\" IS NULL ORDER BY \"Id\" LIMIT 1", r => r.GetInt64(0));
        if (unchained.Count == 0) return 0;
        var first = unchained[0];
        var previous = first == 1
            ? AuditChain.Genesis
            : connection.Scalar<string>("SELECT \"Hash\" FROM \"AuditEntries\" WHERE \"Id\" < @id ORDER BY \"Id\" DESC LIMIT 1", ("@id", first)) ?? AuditChain.Genesis;
        var entries = connection.Query(
            "SELECT " + Columns + " FROM \"AuditEntries\" WHERE \"Id\" >= @id ORDER BY \"Id\"", ToStored, ("@id", first));
        foreach (var stored in entries)
        {
            var hash = AuditChain.Hash(previous, stored.Entry);
            connection.Execute("UPDATE \"AuditEntries\" SET \"PrevHash\" = @prev, \"Hash\" = @hash WHERE \"Id\" = @id",
                ("@prev", previous), ("@hash", hash), ("@id", stored.Entry.Id));
            previous = hash;
        }
        return entries.Count;
    }

    /// <summary>The columns <see cref="ToStored"/> reads, in its order.</summary>
    public const string Columns = "\"Id\", \"At\", \"CredentialId\", \"Role\", \"Name\", \"Address\", \"Action\", \"SittingId\", \"BallotId\", \"Summary\", \"PrevHash\", \"Hash\"";

    public static StoredEntry ToStored(DbDataReader r) => new(
        new ChainEntry(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.IsDBNull(3) ? null : r.GetString(3),
            r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : r.GetInt32(7),
            r.IsDBNull(8) ? null : r.GetInt32(8), r.GetString(9)),
        r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11));

    private static (long Id, string Hash) Last(DbConnection connection)
    {
        var last = connection.Query("SELECT \"Id\", \"Hash\" FROM \"AuditEntries\" ORDER BY \"Id\" DESC LIMIT 1",
            r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)));
        return last.Count == 0 ? (0, AuditChain.Genesis) : (last[0].Item1, last[0].Item2 ?? throw new InvalidOperationException(
            "The audit record has entries without a hash: AuditTrail.ChainUnchained runs at start, before any write."));
    }

    public static AuditEntryView ToView(this AuditEntry e) =>
        new(e.Id, e.At, new ActorView(e.CredentialId, e.Role, e.Name), e.Address, e.Action, e.SittingId, e.BallotId, e.Summary);
}
