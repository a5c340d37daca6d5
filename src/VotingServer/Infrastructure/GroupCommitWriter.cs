using System.Collections.Concurrent;
using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// The one path by which state changes reach the database. Work items that arrive together share one transaction
/// and one fsync (group commit). A refused item leaves no trace and does not spoil its neighbours, and what an item
/// checks and what it writes are one atomic step: a batch runs first with no savepoints (two statements fewer for
/// each item, most of a cast's writing), and if any item throws, the batch is rolled back and run again with each
/// item under a savepoint of its own, where a refusal is undone alone. A caller's task completes
/// only after the commit (which is what lets the hub acknowledge a ballot only once it is durable) and after the
/// in-memory copies of the store (<see cref="IStoreObserver"/>) have taken in what the commit changed.
/// </summary>
public sealed partial class GroupCommitWriter(
    IOptions<DataOptions> options, IEnumerable<IStoreObserver> observers, ILogger<GroupCommitWriter> logger)
    : IHostedService
{
    private const int MaxBatch = 4096;
    private const int Attempts = 4;

    private readonly Channel<WorkItem> queue =
        Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IStoreObserver[] followers = [.. observers];
    private readonly Lock starting = new();
    private readonly ChangedRows changed = new(observers.SelectMany(o => o.Tables));
    private readonly ConcurrentQueue<(string Table, long Id)> foreign = new();
    private int foreignScheduled;
    private Task? loop;
    private volatile WriterStore? store;

    private long committedBatches;
    private long committedWrites;
    private long guardedReruns;

    /// <summary>Transactions committed so far; with <see cref="CommittedWrites"/>, shows how much commits were shared.</summary>
    public long CommittedBatches => Interlocked.Read(ref committedBatches);

    public long CommittedWrites => Interlocked.Read(ref committedWrites);

    /// <summary>Batches run again with a savepoint for each item because an item threw on the first run.</summary>
    public long GuardedReruns => Interlocked.Read(ref guardedReruns);

    /// <summary>Runs <paramref name="work"/> inside the next shared transaction; whatever it throws undoes its writes alone.</summary>
    public Task<T> WriteAsync<T>(Func<WriteTransaction, T> work) => Enqueue(new WorkItem<T>(work, alone: false));

    /// <summary>Runs <paramref name="work"/> outside any transaction, between batches (checkpoints, maintenance).</summary>
    public Task<T> RunAloneAsync<T>(Func<DbConnection, T> work) =>
        Enqueue(new WorkItem<T>(tx => work(tx.Connection), alone: true));

    /// <summary>Starts the writer; storage preparation calls it before anything else writes, the host again (no-op).</summary>
    public void Start()
    {
        lock (starting)
        {
            if (loop is not null) return;
            store = WriterStore.Open(options.Value, changed);
            loop = Task.Run(RunAsync);
        }
    }

    /// <summary>The writer's PostgreSQL server process (its own notifications carry it); 0 on SQLite or before start.</summary>
    internal int ProcessId => store is PostgresWriterStore postgres ? postgres.ProcessId : 0;

    /// <summary>
    /// Rows another server committed (PostgreSQL): taken in on the writer's thread after the batch under way commits
    /// (or at once when the writer is idle), like the writer's own, and the in-memory copies refresh. The batch is not
    /// cut short for them: with two servers signing tablets in at once, cutting it at every notification made every
    /// commit small. Arrivals before they are taken in are folded together.
    /// </summary>
    internal void TakeInForeign((string Table, long Id) row)
    {
        foreign.Enqueue(row);
        if (Interlocked.Exchange(ref foreignScheduled, 1) == 1) return;
        // Wakes the loop when it is idle; shutting down, nothing is served any more.
        queue.Writer.TryWrite(ForeignNudge.Instance);
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
        using var opened = store!;
        using var transaction = new WriteTransaction(opened);
        var batch = new List<WorkItem>();
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (queue.Reader.TryRead(out var item))
            {
                if (item.Alone)
                {
                    Commit(transaction, batch);
                    Reconnect(opened);
                    item.RunAlone(transaction);
                    Refresh(transaction.Connection);
                    continue;
                }
                if (item is ForeignNudge)
                {
                    // The next row to arrive sends a nudge again; those before it are taken in below.
                    Volatile.Write(ref foreignScheduled, 0);
                    continue;
                }
                batch.Add(item);
                if (batch.Count == MaxBatch) Commit(transaction, batch);
            }
            Commit(transaction, batch);
            if (!foreign.IsEmpty)
            {
                // Nothing of ours committed them (idle, or the batch failed): taken in on their own.
                Reconnect(opened);
                Refresh(transaction.Connection);
            }
        }
    }

    /// <summary>
    /// A lost connection (PostgreSQL restarted, the network cut) failed the batch it was in; the next work opens a new
    /// one and reloads every in-memory copy, since what others committed meanwhile was not heard.
    /// </summary>
    private void Reconnect(WriterStore engine)
    {
        try
        {
            if (!engine.Reconnect()) return;
        }
        catch (Exception ex)
        {
            // Still unreachable: the work fails on the closed connection, and the next work tries again.
            LogReconnectFailed(ex);
            return;
        }
        LogReconnected();
        changed.Clear();
        foreach (var observer in followers) observer.Load(engine.Connection);
    }

    private void Commit(WriteTransaction transaction, List<WorkItem> batch)
    {
        if (batch.Count == 0) return;
        var engine = transaction.Store;
        Reconnect(engine);
        var connection = transaction.Connection;
        var guarded = false;
        var attempt = 1;
        while (true)
        {
            try
            {
                PlainSql.Command(connection, engine.Begin).ExecuteNonQuery();
                foreach (var item in batch) item.Run(transaction, guarded);
                PlainSql.Command(connection, engine.Commit).ExecuteNonQuery();
                break;
            }
            catch (Exception ex)
            {
                TryRollback(connection);
                changed.Clear();
                if (!guarded && !engine.FailsBatch(ex))
                {
                    // An item refused (or failed) with no savepoint to undo it alone: the whole batch again, guarded.
                    guarded = true;
                    Interlocked.Increment(ref guardedReruns);
                    continue;
                }
                if (attempt < Attempts && engine.IsRetryable(ex))
                {
                    LogBatchRetried(ex, batch.Count, attempt++);
                    continue;
                }
                LogBatchFailed(ex, batch.Count);
                var failure = DiskFull.Is(ex) ? VenueErrors.StorageFull() : ex;
                foreach (var item in batch) item.Fail(failure);
                batch.Clear();
                return;
            }
        }
        Interlocked.Increment(ref committedBatches);
        Interlocked.Add(ref committedWrites, batch.Count);
        LogBatchCommitted(batch.Count);
        Refresh(connection);
        foreach (var item in batch) item.Complete();
        batch.Clear();
    }

    private void Refresh(DbConnection connection)
    {
        while (foreign.TryDequeue(out var row)) changed.Record(row.Table, row.Id);
        if (!changed.Any) return;
        foreach (var observer in followers)
        {
            if (!observer.Tables.Any(t => changed.In(t).Count > 0)) continue;
            try { observer.Refresh(connection, changed); }
            catch (Exception ex) { LogRefreshFailed(ex, observer.GetType().Name); }
        }
        changed.Clear();
    }

    private static void TryRollback(DbConnection connection)
    {
        try { PlainSql.Command(connection, "ROLLBACK").ExecuteNonQuery(); }
        catch (Exception ex) when (ex is DbException or InvalidOperationException) { /* no transaction was open, or the connection is gone */ }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The writer's connection to the store was lost; connected again and reloaded the in-memory copies")]
    private partial void LogReconnected();

    [LoggerMessage(Level = LogLevel.Error, Message = "The writer could not connect to the store again")]
    private partial void LogReconnectFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed a batch of {Count} writes")]
    private partial void LogBatchCommitted(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} writes crossed another server's writes (attempt {Attempt}) and runs again")]
    private partial void LogBatchRetried(Exception ex, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} writes failed and was rolled back")]
    private partial void LogBatchFailed(Exception ex, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The in-memory copy {Observer} could not take in a commit")]
    private partial void LogRefreshFailed(Exception ex, string observer);

    /// <summary>Wakes the loop to take in other servers' rows; it writes nothing.</summary>
    private sealed class ForeignNudge : WorkItem
    {
        public static readonly ForeignNudge Instance = new();

        private ForeignNudge() : base(alone: false) { }

        public override void Run(WriteTransaction transaction, bool guarded) { }
        public override void RunAlone(WriteTransaction transaction) { }
        public override void Complete() { }
        public override void Fail(Exception error) { }
    }

    private abstract class WorkItem(bool alone)
    {
        public bool Alone { get; } = alone;
        /// <summary>
        /// Runs the work in the batch's transaction. Guarded, under a savepoint: a refusal is kept as the item's outcome
        /// and undone alone. Unguarded, whatever the work throws goes to the caller, who reruns the batch guarded.
        /// </summary>
        public abstract void Run(WriteTransaction transaction, bool guarded);
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

        public override void Run(WriteTransaction transaction, bool guarded)
        {
            var connection = transaction.Connection;
            error = null;
            if (guarded) PlainSql.Command(connection, "SAVEPOINT item").ExecuteNonQuery();
            try
            {
                result = work(transaction);
                transaction.Save();
                if (guarded) PlainSql.Command(connection, "RELEASE item").ExecuteNonQuery();
            }
            catch (Exception ex) when (guarded && !transaction.Store.FailsBatch(ex))
            {
                // An item's own refusal or failure is undone alone; a unique or check constraint the database enforces
                // is a refusal with a code, never a 500. Disk I/O errors, a full disk and crossed transactions fail
                // (or rerun) the batch.
                error = transaction.Store.IsConstraint(ex) ? VenueErrors.Conflict() : ex;
                PlainSql.Command(connection, "ROLLBACK TO item; RELEASE item").ExecuteNonQuery();
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
    }
}
