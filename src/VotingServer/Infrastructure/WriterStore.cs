using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// What the group-commit writer does differently on each store: its connection, how a transaction begins and
/// commits, how it learns which rows a commit changed, and how it tells a refusal from a failure.
/// </summary>
internal abstract class WriterStore : IDisposable
{
    public static WriterStore Open(DataOptions data, ChangedRows changed) =>
        data.IsPostgres ? new PostgresWriterStore(data.PostgresConnectionString, changed) : new SqliteWriterStore(data.ConnectionString, changed);

    public abstract DbConnection Connection { get; }

    public abstract string Begin { get; }

    public abstract string Commit { get; }

    /// <summary>An EF Core context on the writer's connection, inside its transaction.</summary>
    public abstract VenueDbContext NewContext();

    /// <summary>A unique, check or foreign key constraint refused the statement: the item's refusal, with a code.</summary>
    public abstract bool IsConstraint(Exception ex);

    /// <summary>A failure that ends the whole transaction (I/O, full disk, lost connection, deadlock): the batch fails.</summary>
    public abstract bool FailsBatch(Exception ex);

    /// <summary>A failure after which the same batch is run again (two servers' transactions that crossed).</summary>
    public virtual bool IsRetryable(Exception ex) => false;

    /// <summary>Opens a new connection if the present one was lost; true when it did.</summary>
    public virtual bool Reconnect() => false;

    public abstract void Dispose();

    protected static T? Inner<T>(Exception ex) where T : Exception =>
        ex as T ?? (ex as DbUpdateException)?.InnerException as T;
}

internal sealed class SqliteWriterStore : WriterStore
{
    private readonly SqliteConnection connection;
    private readonly DbContextOptions<VenueDbContext> options;

    public SqliteWriterStore(string connectionString, ChangedRows changed)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        SqlitePragmas.Apply(connection);
        SQLitePCL.raw.sqlite3_update_hook(
            connection.Handle, (SQLitePCL.strdelegate_update)((_, _, _, table, rowid) => changed.Record(table, rowid)), null);
        options = new DbContextOptionsBuilder<VenueDbContext>().UseSqlite(connection).Options;
    }

    public override DbConnection Connection => connection;

    public override string Begin => "BEGIN IMMEDIATE";

    public override string Commit => "COMMIT";

    public override VenueDbContext NewContext() => new(options);

    public override bool IsConstraint(Exception ex) => Inner<SqliteException>(ex) is { SqliteErrorCode: 19 };

    public override bool FailsBatch(Exception ex) => Inner<SqliteException>(ex) is { SqliteErrorCode: 10 or 13 };

    public override void Dispose()
    {
        SQLitePCL.raw.sqlite3_update_hook(connection.Handle, (SQLitePCL.strdelegate_update?)null, null);
        SqliteConnection.ClearPool(connection);
        connection.Dispose();
    }
}

/// <summary>
/// On PostgreSQL the followed tables' row triggers send <c>venue_rows</c> notifications ("Table id"), and the writer's
/// connection listens: PostgreSQL hands a session its own notifications as its COMMIT completes, before the command
/// returns, so the changed rows are known before any caller of the batch is answered. Notifications from other
/// servers' sessions are left to <see cref="StoreFeed"/>.
/// </summary>
internal sealed class PostgresWriterStore : WriterStore
{
    public const string RowsChannel = "venue_rows";

    private readonly string connectionString;
    private readonly ChangedRows changed;
    private NpgsqlConnection connection;
    private DbContextOptions<PostgresVenueDbContext> options;

    public PostgresWriterStore(string connectionString, ChangedRows changed)
    {
        this.connectionString = connectionString;
        this.changed = changed;
        (connection, options) = Open();
    }

    private (NpgsqlConnection, DbContextOptions<PostgresVenueDbContext>) Open()
    {
        var opened = new NpgsqlConnection(connectionString);
        opened.Notification += OnNotification;
        opened.Open();
        opened.Execute($"LISTEN {RowsChannel}");
        ProcessId = opened.ProcessID;
        return (opened, new DbContextOptionsBuilder<PostgresVenueDbContext>().UseNpgsql(opened).Options);
    }

    public override bool Reconnect()
    {
        if (connection.FullState == System.Data.ConnectionState.Open) return false;
        connection.Notification -= OnNotification;
        connection.Dispose();
        (connection, options) = Open();
        return true;
    }

    public override DbConnection Connection => connection;

    public override string Begin => "BEGIN";

    public override string Commit => "COMMIT";

    public override VenueDbContext NewContext() => new PostgresVenueDbContext(options);

    public override bool IsConstraint(Exception ex) => Inner<PostgresException>(ex) is { SqlState: [ '2', '3', ..] };

    public override bool FailsBatch(Exception ex) =>
        IsRetryable(ex) || Inner<PostgresException>(ex) is { SqlState: PostgresErrorCodes.DiskFull }
        || Inner<NpgsqlException>(ex) is not null and not PostgresException || connection.FullState.HasFlag(System.Data.ConnectionState.Broken);

    public override bool IsRetryable(Exception ex) =>
        Inner<PostgresException>(ex) is { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <summary>This writer's server process, to tell its own notifications from other servers' (read on any thread).</summary>
    public int ProcessId { get; private set; }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (sender != connection || e.PID != ProcessId || e.Channel != RowsChannel) return;
        if (ChangedRows.Parse(e.Payload) is { } row) changed.Record(row.Table, row.Id);
    }

    public override void Dispose()
    {
        connection.Notification -= OnNotification;
        connection.Dispose();
    }
}
