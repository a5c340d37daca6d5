using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// The one path by which state changes reach the database. Work items that arrive together share one transaction
/// and one fsync (group commit); each runs under its own savepoint, so a refused item leaves no trace and does not
/// spoil its neighbours, and what an item checks and what it writes are one atomic step. A caller's task completes
/// only after the commit (which is what lets the hub acknowledge a ballot only once it is durable) and after the
/// in-memory copies of the store (<see cref="IStoreObserver"/>) have taken in what the commit changed.
/// </summary>
public sealed partial class GroupCommitWriter(
    IOptions<DataOptions> options, DataVersion version, IEnumerable<IStoreObserver> observers, ILogger<GroupCommitWriter> logger)
    : IHostedService
{
    private const int MaxBatch = 4096;

    private readonly Channel<WorkItem> queue =
        Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IStoreObserver[] followers = [.. observers];
    private readonly Lock starting = new();
    private Task? loop;

    private long committedBatches;
    private long committedWrites;

    /// <summary>Transactions committed so far; with <see cref="CommittedWrites"/>, shows how much commits were shared.</summary>
    public long CommittedBatches => Interlocked.Read(ref committedBatches);

    public long CommittedWrites => Interlocked.Read(ref committedWrites);

    /// <summary>Runs <paramref name="work"/> inside the next shared transaction, under a savepoint of its own.</summary>
    public Task<T> WriteAsync<T>(Func<WriteTransaction, T> work) => Enqueue(new WorkItem<T>(work, alone: false));

    /// <summary>Runs <paramref name="work"/> outside any transaction, between batches (checkpoints, maintenance).</summary>
    public Task<T> RunAloneAsync<T>(Func<SqliteConnection, T> work) =>
        Enqueue(new WorkItem<T>(tx => work(tx.Connection), alone: true));

    /// <summary>Starts the writer; storage preparation calls it before anything else writes, the host again (no-op).</summary>
    public void Start()
    {
        lock (starting) loop ??= Task.Run(RunAsync);
    }

    /// <summary>Loads every in-memory copy of the store from the database, on the writer's thread.</summary>
    public Task LoadObserversAsync() => RunAloneAsync(connection =>
    {
        foreach (var observer in followers) observer.Load(connection);
        return true;
    });

    private Task<T> Enqueue<T>(WorkItem<T> item) =>
        queue.Writer.TryWrite(item) ? item.Task : throw VenueErrors.ShuttingDown();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Whatever was accepted before this is still written.
        queue.Writer.TryComplete();
        if (loop is { } running) await running.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        using var connection = new SqliteConnection(options.Value.ConnectionString);
        connection.Open();
        SqlitePragmas.Apply(connection);
        var changed = new ChangedRows(followers.SelectMany(o => o.Tables));
        SQLitePCL.raw.sqlite3_update_hook(
            connection.Handle, (SQLitePCL.strdelegate_update)((_, _, _, table, rowid) => changed.Record(table, rowid)), null);
        using var transaction = new WriteTransaction(connection);
        var batch = new List<WorkItem>();
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (queue.Reader.TryRead(out var item))
            {
                if (item.Alone)
                {
                    Commit(transaction, batch, changed);
                    item.RunAlone(transaction);
                    version.Advance();
                    Refresh(connection, changed);
                    continue;
                }
                batch.Add(item);
                if (batch.Count == MaxBatch) Commit(transaction, batch, changed);
            }
            Commit(transaction, batch, changed);
        }
        SQLitePCL.raw.sqlite3_update_hook(connection.Handle, (SQLitePCL.strdelegate_update?)null, null);
        SqliteConnection.ClearPool(connection);
    }

    private void Commit(WriteTransaction transaction, List<WorkItem> batch, ChangedRows changed)
    {
        if (batch.Count == 0) return;
        var connection = transaction.Connection;
        try
        {
            SqlitePragmas.Execute(connection, "BEGIN IMMEDIATE");
            foreach (var item in batch) item.RunInSavepoint(transaction);
            SqlitePragmas.Execute(connection, "COMMIT");
        }
        catch (Exception ex)
        {
            LogBatchFailed(ex, batch.Count);
            TryRollback(connection);
            changed.Clear();
            var failure = DiskFull.Is(ex) ? VenueErrors.StorageFull() : ex;
            foreach (var item in batch) item.Fail(failure);
            batch.Clear();
            return;
        }
        version.Advance();
        Interlocked.Increment(ref committedBatches);
        Interlocked.Add(ref committedWrites, batch.Count);
        LogBatchCommitted(batch.Count);
        Refresh(connection, changed);
        foreach (var item in batch) item.Complete();
        batch.Clear();
    }

    private void Refresh(SqliteConnection connection, ChangedRows changed)
    {
        if (!changed.Any) return;
        foreach (var observer in followers)
        {
            if (!observer.Tables.Any(t => changed.In(t).Count > 0)) continue;
            try { observer.Refresh(connection, changed); }
            catch (Exception ex) { LogRefreshFailed(ex, observer.GetType().Name); }
        }
        changed.Clear();
    }

    private static void TryRollback(SqliteConnection connection)
    {
        try { SqlitePragmas.Execute(connection, "ROLLBACK"); }
        catch (SqliteException) { /* no transaction was open */ }
    }

    /// <summary>A unique or check constraint the database enforces is a refusal with a code, never a 500.</summary>
    private static Exception Refusal(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 19 } or DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 19 } }
            => VenueErrors.Conflict(),
        _ => ex,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed a batch of {Count} writes")]
    private partial void LogBatchCommitted(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} writes failed and was rolled back")]
    private partial void LogBatchFailed(Exception ex, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The in-memory copy {Observer} could not take in a commit")]
    private partial void LogRefreshFailed(Exception ex, string observer);

    private abstract class WorkItem(bool alone)
    {
        public bool Alone { get; } = alone;
        public abstract void RunInSavepoint(WriteTransaction transaction);
        public abstract void RunAlone(WriteTransaction transaction);
        public abstract void Complete();
        public abstract void Fail(Exception error);
    }

    private sealed class WorkItem<T>(Func<WriteTransaction, T> work, bool alone) : WorkItem(alone)
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private Exception? error;

        public Task<T> Task => completion.Task;

        public override void RunInSavepoint(WriteTransaction transaction)
        {
            var connection = transaction.Connection;
            SqlitePragmas.Execute(connection, "SAVEPOINT item");
            try
            {
                result = work(transaction);
                transaction.Save();
                SqlitePragmas.Execute(connection, "RELEASE item");
            }
            catch (Exception ex) when (!IsStorageFailure(ex))
            {
                // An item's own refusal or failure is undone alone; disk I/O errors and a full disk fail the batch.
                error = Refusal(ex);
                SqlitePragmas.Execute(connection, "ROLLBACK TO item; RELEASE item");
            }
            finally
            {
                transaction.Dispose();
            }
        }

        public override void RunAlone(WriteTransaction transaction)
        {
            try { completion.TrySetResult(work(transaction)); }
            catch (Exception ex) { completion.TrySetException(ex); }
            finally { transaction.Dispose(); }
        }

        public override void Complete()
        {
            if (error is null) completion.TrySetResult(result!);
            else completion.TrySetException(error);
        }

        public override void Fail(Exception failure) => completion.TrySetException(failure);

        private static bool IsStorageFailure(Exception ex) =>
            ex is SqliteException { SqliteErrorCode: 10 or 13 } or DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 10 or 13 } };
    }
}
