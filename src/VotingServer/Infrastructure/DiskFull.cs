using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>Tells a full disk from other failures, as SQLite (SQLITE_FULL), PostgreSQL (53100) and the file system report it.</summary>
public static class DiskFull
{
    private const int SqliteFull = 13;
    private const int NoSpaceOnUnix = 28;
    private const int DiskFullOnWindows = unchecked((int)0x80070070);
    private const int HandleDiskFullOnWindows = unchecked((int)0x80070027);

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteFull } => true,
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => true,
        DbUpdateException { InnerException: { } inner } => Is(inner),
        IOException io => io.HResult is NoSpaceOnUnix or DiskFullOnWindows or HandleDiskFullOnWindows,
        _ => false,
    };
}
