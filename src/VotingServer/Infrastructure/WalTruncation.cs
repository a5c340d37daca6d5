using Microsoft.Data.Sqlite;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// Moves everything from the WAL into the database file and empties the WAL, which until then holds each commit's
/// pages in the order they were written. A reader still at work blocks it for a moment, so it is tried again a
/// little later: between attempts the writer goes on with other work, never waiting on a sleep.
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

    private static bool TryTruncate(SqliteConnection connection) =>
        connection.Query("PRAGMA wal_checkpoint(TRUNCATE)", r => r.GetInt32(0)).Single() == 0;
}
