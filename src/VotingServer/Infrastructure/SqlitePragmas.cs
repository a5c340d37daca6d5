using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// Settings SQLite keeps per connection. synchronous=FULL makes every commit durable before the ack;
/// secure_delete zeroes freed pages so a rewritten ballot box leaves no trace of the order of casting.
/// </summary>
public static class SqlitePragmas
{
    private const string PerConnection =
        "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA busy_timeout=30000;";

    public static void Apply(SqliteConnection connection) => ExecuteOnce(connection, PerConnection);

    /// <summary>WAL is a property of the file, set once when the server starts.</summary>
    public static void EnableWal(SqliteConnection connection) => ExecuteOnce(connection, "PRAGMA journal_mode=WAL;");

    // A PRAGMA that answers with a row would stay active on a kept command, and EF Core cannot return a
    // connection with an active statement to the pool: these run once per connection and are disposed.
    private static void ExecuteOnce(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqlitePragmas.Apply((SqliteConnection)connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SqlitePragmas.Apply((SqliteConnection)connection);
        return Task.CompletedTask;
    }
}
