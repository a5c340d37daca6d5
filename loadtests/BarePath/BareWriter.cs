using Microsoft.Extensions.Hosting;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// Group commit at its simplest: whatever arrived while the last transaction was being written goes into the
/// next one, with one prepared INSERT each and one fsync for all; each append completes after the commit.
/// </summary>
internal sealed class BareWriter(string databasePath) : BackgroundService
{
    private const int MaxBatch = 4096;

    private readonly Channel<(string Ballot, TaskCompletionSource Committed)> queue =
        Channel.CreateUnbounded<(string, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    public Task AppendAsync(string ballot)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Writer.TryWrite((ballot, committed));
        return committed.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE IF NOT EXISTS Box (Ballot TEXT NOT NULL);";
            setup.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Box (Ballot) VALUES ($ballot)";
        var ballot = insert.Parameters.Add("$ballot", SqliteType.Text);
        var batch = new List<(string Ballot, TaskCompletionSource Committed)>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item)) batch.Add(item);
                using (var transaction = connection.BeginTransaction())
                {
                    insert.Transaction = transaction;
                    foreach (var item in batch)
                    {
                        ballot.Value = item.Ballot;
                        insert.ExecuteNonQuery();
                    }
                    transaction.Commit();
                }
                foreach (var item in batch) item.Committed.SetResult();
                batch.Clear();
            }
        }
        catch (OperationCanceledException) { }
        SqliteConnection.ClearPool(connection);
    }
}
