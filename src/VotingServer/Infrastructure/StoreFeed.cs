using Microsoft.Extensions.Options;
using Npgsql;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// The other servers' commits, on PostgreSQL: a connection of its own listens to the row triggers' notifications
/// (<c>venue_rows</c>, "Table id"). What another server's
/// session changed is handed to the writer, which refreshes the in-memory copies on its own thread, so no copy (nor
/// what is cached on them, <see cref="Realtime.SharedSittingState"/>) stays older than another server's commit. After every
/// (re)connection every copy is loaded afresh: notifications sent while nobody listened are lost.
/// </summary>
public sealed partial class StoreFeed(IOptions<DataOptions> options, GroupCommitWriter writer, ILogger<StoreFeed> logger) : IHostedService
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    /// <summary>How the feed's session is named in pg_stat_activity.</summary>
    public const string ApplicationName = "venue-feed";

    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? loop;

    /// <summary>Completes once the feed listens and has loaded the copies (tests wait on it).</summary>
    public Task Listening => listening.Task;

    /// <summary>How many times the feed has (re)connected and loaded the copies afresh.</summary>
    public int Connections { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        loop = Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (loop is { } running) await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var pause = FirstPause;
        var builder = new NpgsqlConnectionStringBuilder(options.Value.PostgresConnectionString) { KeepAlive = 5, ApplicationName = ApplicationName };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += OnNotification;
                await connection.OpenAsync(stop);
                await using (var listen = new NpgsqlCommand(
                    $"LISTEN {PostgresWriterStore.RowsChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop);
                }
                await writer.LoadObserversAsync();
                Connections++;
                LogListening(Connections);
                listening.TrySetResult();
                pause = FirstPause;
                while (true) await connection.WaitAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLost(ex, pause.TotalMilliseconds);
                try { await Task.Delay(pause, stop); }
                catch (OperationCanceledException) { return; }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        // The writer's own commits were taken in by the writer before it answered.
        if (e.PID == writer.ProcessId) return;
        if (ChangedRows.Parse(e.Payload) is { } row) writer.TakeInForeign(row);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Following the other servers' commits (connection {Count})")]
    private partial void LogListening(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The feed of the other servers' commits was lost; connecting again in {Pause} ms")]
    private partial void LogLost(Exception ex, double pause);
}
