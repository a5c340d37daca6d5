using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// After a count, leaves no copy of the box's earlier rows in the store's files. On SQLite: moves everything from the
/// WAL into the database file and empties the WAL, which until then holds each commit's pages in the order they were
/// written (secure_delete has zeroed the freed cells in the file). A reader still at work blocks it for a moment, so
/// it is tried again a little later: between attempts the writer goes on with other work, never waiting on a sleep.
/// On PostgreSQL: rewrites the tables the count rewrote (VACUUM FULL), so that the dead versions of their rows (sealed
/// choices and key wraps in the order of casting) are no longer in any table file (docs/security.md).
/// </summary>
public sealed class WalTruncation(GroupCommitWriter writer)
{
    private const int Attempts = 50;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    public async Task<bool> TruncateAsync()
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await writer.RunAloneAsync(TryTruncate)) return true;
            await Task.Delay(Pause);
        }
        return false;
    }

    private static bool TryTruncate(DbConnection connection)
    {
        if (connection is SqliteConnection)
            return connection.Query("PRAGMA wal_checkpoint(TRUNCATE)", r => r.GetInt32(0)).Single() == 0;
        connection.Execute("VACUUM (FULL) \"BallotBox\", \"BoxKeyWraps\", \"Issuances\"");
        return true;
    }
}
