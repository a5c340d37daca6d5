using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// The few pieces of SQL the two stores spell differently. Everything else in the plain SQL is written once, in the
/// form both SQLite and PostgreSQL accept (quoted identifiers, TRUE/FALSE, ON CONFLICT). The dialect follows the
/// connection, which <c>Data:Provider</c> chose.
/// </summary>
public abstract class StoreDialect
{
    public static readonly StoreDialect Sqlite = new SqliteDialect();
    public static readonly StoreDialect Postgres = new PostgresDialect();

    public static StoreDialect Of(DbConnection connection) => connection is SqliteConnection ? Sqlite : Postgres;

    /// <summary>"<paramref name="column"/> is one of the values of <paramref name="parameter"/>" (a list made by <see cref="ListValue{T}"/>).</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>The parameter value for <see cref="InList"/>: a JSON array on SQLite, an array on PostgreSQL.</summary>
    public abstract object ListValue<T>(IEnumerable<T> values);

    /// <summary>The count method (countedBy) inside a count record's JSON column.</summary>
    public abstract string CountedBy(string resultJsonColumn);

    /// <summary>
    /// Row locks for checks that must hold until commit when two servers write at once (PostgreSQL, READ COMMITTED):
    /// empty on SQLite, whose writer's BEGIN IMMEDIATE already serializes every write.
    /// </summary>
    public abstract string ForShare { get; }

    public abstract string ForUpdate { get; }

    /// <summary>
    /// Before an audit entry reads the chain's head: on PostgreSQL a lock held until commit, so that two servers never
    /// chain two entries to the same head (the next reads the head the other committed). SQLite's writer is alone.
    /// </summary>
    public virtual void LockAuditRecord(DbConnection connection)
    {
    }

    private sealed class SqliteDialect : StoreDialect
    {
        public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

        public override object ListValue<T>(IEnumerable<T> values) => System.Text.Json.JsonSerializer.Serialize(values);

        public override string CountedBy(string resultJsonColumn) => $"json_extract({resultJsonColumn}, '$.countedBy')";

        public override string ForShare => "";

        public override string ForUpdate => "";
    }

    private sealed class PostgresDialect : StoreDialect
    {
        public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

        public override object ListValue<T>(IEnumerable<T> values) => values.ToArray();

        public override string CountedBy(string resultJsonColumn) => $"(({resultJsonColumn})::jsonb ->> 'countedBy')";

        public override string ForShare => " FOR SHARE";

        public override string ForUpdate => " FOR UPDATE";

        public override void LockAuditRecord(DbConnection connection) =>
            connection.Execute("SELECT pg_advisory_xact_lock(15001)");
    }
}
