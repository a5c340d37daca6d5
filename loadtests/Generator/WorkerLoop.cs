using System.Collections.Concurrent;
using System.Text.Json;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// The generator worker process: a <see cref="Fleet"/> of its share of the tablets, run one command at a time as
/// the main process sends them (see <see cref="GeneratorWorker"/>). The pushes its tablets receive are sent on in
/// batches every few milliseconds, as counts per ballot. Standard output carries the protocol only; anything else
/// written to the console goes to standard error.
/// </summary>
internal static class WorkerLoop
{
    private static readonly TimeSpan PushBatch = TimeSpan.FromMilliseconds(20);

    public static async Task<int> RunAsync()
    {
        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        Console.SetOut(Console.Error);
        using var input = new StreamReader(Console.OpenStandardInput());
        var setup = JsonSerializer.Deserialize<WorkerSetup>(await input.ReadLineAsync() ?? "null", GeneratorWorker.Json)
            ?? throw new InvalidOperationException("no setup line");
        var server = new ExternalServer(setup.Server, "", null);
        using var stop = new CancellationTokenSource();
        await using var fleet = new Fleet(server, setup.Codes, 1, stop.Token, setup.Hall, setup.Spread, setup.FirstIndex);
        var writing = new Lock();
        void Send(WorkerReply reply)
        {
            var line = JsonSerializer.Serialize(reply, GeneratorWorker.Json);
            lock (writing) output.WriteLine(line);
        }

        var arrived = new ConcurrentDictionary<(string Push, int Ballot), int>();
        fleet.Opened.Arrived += (ballot, n) => arrived.AddOrUpdate(("opened", ballot), n, (_, sum) => sum + n);
        fleet.Closed.Arrived += (ballot, n) => arrived.AddOrUpdate(("closed", ballot), n, (_, sum) => sum + n);
        var forwarding = ForwardPushesAsync(arrived, Send, stop.Token);

        while (await input.ReadLineAsync() is { } line)
        {
            var command = JsonSerializer.Deserialize<WorkerCommand>(line, GeneratorWorker.Json)!;
            if (command.Op == WorkerCommand.Exit) break;
            try
            {
                Send(await RunAsync(fleet, command));
            }
            catch (Exception ex)
            {
                Send(new WorkerReply(command.Op, Error: $"{ErrorTally.Code(ex)}: {ex.Message}"));
            }
        }
        await stop.CancelAsync();
        await forwarding;
        return 0;
    }

    private static async Task<WorkerReply> RunAsync(Fleet fleet, WorkerCommand command)
    {
        switch (command.Op)
        {
            case WorkerCommand.Connect:
                var latency = new Latencies();
                var (connected, failed) = await fleet.ConnectHereAsync(command.Phase!, command.SignIn, fleet.Tablets, command.Parallelism, latency);
                return new WorkerReply(command.Op, connected, failed, latency.Encode());
            case WorkerCommand.Vote:
                var vote = await fleet.VoteHereAsync(command.Phase!, command.Ballot!);
                return new WorkerReply(command.Op, vote.Acked.Count, vote.Sent - vote.Acked.Count, vote.Latency.Encode(),
                    [.. vote.Acked.Select(a => a.Tablet)], vote.Duplicates, vote.SendSpread.TotalMilliseconds);
            case WorkerCommand.Leave:
                await fleet.LeaveAllAsync();
                return new WorkerReply(command.Op);
            case WorkerCommand.Tallies:
                return new WorkerReply(command.Op, Tallies: fleet.Tallies());
            default:
                throw new InvalidOperationException($"unknown command '{command.Op}'");
        }
    }

    /// <summary>Every <see cref="PushBatch"/>, what arrived since the last batch, and once more at the end.</summary>
    private static async Task ForwardPushesAsync(
        ConcurrentDictionary<(string Push, int Ballot), int> arrived, Action<WorkerReply> send, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(PushBatch);
        try
        {
            while (await timer.WaitForNextTickAsync(stop)) Flush();
        }
        catch (OperationCanceledException) { }
        Flush();

        void Flush()
        {
            foreach (var key in arrived.Keys)
            {
                if (arrived.TryRemove(key, out var count) && count > 0)
                    send(new WorkerReply(WorkerReply.PushOp, count, Push: key.Push, BallotId: key.Ballot));
            }
        }
    }
}
