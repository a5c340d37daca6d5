using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// The one writer of the hot path (sign-ins, issuance, casts, open and close). Work items that arrive together
/// share one transaction and one fsync (group commit); each runs under its own savepoint, so a refused item
/// leaves no trace and does not spoil its neighbours. A caller's task completes only after the commit, which is
/// what lets the hub acknowledge a ballot only once it is durable.
/// </summary>
public sealed partial class GroupCommitWriter(IOptions<DataOptions> options, DataVersion version, ILogger<GroupCommitWriter> logger)
    : BackgroundService
{
    private const int MaxBatch = 4096;

    private readonly Channel<WorkItem> queue =
        Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });

    private long committedBatches;
    private long committedWrites;

    /// <summary>Transactions committed so far; with <see cref="CommittedWrites"/>, shows how much commits were shared.</summary>
    public long CommittedBatches => Interlocked.Read(ref committedBatches);

    public long CommittedWrites => Interlocked.Read(ref committedWrites);

    /// <summary>Runs <paramref name="work"/> inside the next shared transaction.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> work) => Enqueue(new WorkItem<T>(work, alone: false));

    /// <summary>Runs <paramref name="work"/> outside any transaction, between batches (checkpoints, maintenance).</summary>
    public Task<T> RunAloneAsync<T>(Func<SqliteConnection, T> work) => Enqueue(new WorkItem<T>(work, alone: true));

    private Task<T> Enqueue<T>(WorkItem<T> item) =>
        queue.Writer.TryWrite(item) ? item.Task : throw VenueErrors.ShuttingDown();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var connection = new SqliteConnection(options.Value.ConnectionString);
        connection.Open();
        SqlitePragmas.Apply(connection);
        var batch = new List<WorkItem>();
        // Not bound to stoppingToken: on shutdown the queue is completed and whatever was accepted is still written.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (queue.Reader.TryRead(out var item))
            {
                if (item.Alone)
                {
                    Commit(connection, batch);
                    item.RunAlone(connection);
                    version.Advance();
                    continue;
                }
                batch.Add(item);
                if (batch.Count == MaxBatch) Commit(connection, batch);
            }
            Commit(connection, batch);
        }
        SqliteConnection.ClearPool(connection);
    }

    private void Commit(SqliteConnection connection, List<WorkItem> batch)
    {
        if (batch.Count == 0) return;
        try
        {
            SqlitePragmas.Execute(connection, "BEGIN IMMEDIATE");
            foreach (var item in batch) item.RunInSavepoint(connection);
            SqlitePragmas.Execute(connection, "COMMIT");
            version.Advance();
            Interlocked.Increment(ref committedBatches);
            Interlocked.Add(ref committedWrites, batch.Count);
            LogBatchCommitted(batch.Count);
            foreach (var item in batch) item.Complete();
        }
        catch (Exception ex)
        {
            LogBatchFailed(ex, batch.Count);
            TryRollback(connection);
            foreach (var item in batch) item.Fail(ex);
        }
        batch.Clear();
    }

    private static void TryRollback(SqliteConnection connection)
    {
        try { SqlitePragmas.Execute(connection, "ROLLBACK"); }
        catch (SqliteException) { /* no transaction was open */ }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed a batch of {Count} writes")]
    private partial void LogBatchCommitted(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} writes failed and was rolled back")]
    private partial void LogBatchFailed(Exception ex, int count);

    private abstract class WorkItem(bool alone)
    {
        public bool Alone { get; } = alone;
        public abstract void RunInSavepoint(SqliteConnection connection);
        public abstract void RunAlone(SqliteConnection connection);
        public abstract void Complete();
        public abstract void Fail(Exception error);
    }

    private sealed class WorkItem<T>(Func<SqliteConnection, T> work, bool alone) : WorkItem(alone)
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private Exception? error;

        public Task<T> Task => completion.Task;

        public override void RunInSavepoint(SqliteConnection connection)
        {
            SqlitePragmas.Execute(connection, "SAVEPOINT item");
            try
            {
                result = work(connection);
                SqlitePragmas.Execute(connection, "RELEASE item");
            }
            catch (Exception ex) when (ex is not SqliteException { SqliteErrorCode: 10 or 13 })
            {
                // An item's own refusal or failure is undone alone; disk I/O errors (10) and a full disk (13) fail the batch.
                error = ex;
                SqlitePragmas.Execute(connection, "ROLLBACK TO item; RELEASE item");
            }
        }

        public override void RunAlone(SqliteConnection connection)
        {
            try { completion.TrySetResult(work(connection)); }
            catch (Exception ex) { completion.TrySetException(ex); }
        }

        public override void Complete()
        {
            if (error is null) completion.TrySetResult(result!);
            else completion.TrySetException(error);
        }

        public override void Fail(Exception failure) => completion.TrySetException(failure);
    }
}
