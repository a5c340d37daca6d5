using System.Diagnostics;
using System.Text.Json;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// A generator worker process (<c>dotnet PeoplesCongress.LoadTests.dll generator-worker</c>, see
/// <see cref="WorkerLoop"/>) holding a share of the fleet's tablets, seen from the main process: one command at a
/// time as a JSON line on its standard input, its answer a JSON line on its standard output, between which it
/// forwards push arrivals to the main fleet as they come.
/// </summary>
internal sealed class GeneratorWorker : IAsyncDisposable
{
    public const string Command = "generator-worker";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How long leaving and the final tallies may take (they run after the scenario's time limit too).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly Fleet fleet;
    private readonly SemaphoreSlim oneAtATime = new(1);
    private readonly Queue<string> errorTail = new();
    private readonly Task reading;
    private readonly UsageSampler usage;
    private readonly CancellationToken timeLimit;
    private TaskCompletionSource<WorkerReply>? answer;
    private volatile bool exiting;

    private GeneratorWorker(Process process, Fleet fleet, CancellationToken timeLimit)
    {
        this.process = process;
        this.fleet = fleet;
        this.timeLimit = timeLimit;
        Stats = ProcessStats.Of(process.Id);
        usage = new UsageSampler(Stats);
        reading = ReadAsync();
    }

    public int Pid => process.Id;

    /// <summary>The tablets it holds.</summary>
    public int Tablets { get; private init; }
    public ProcessStats Stats { get; }

    /// <summary>Its tablets connected after its last connect (or vote, or leave).</summary>
    public int Connected { get; private set; }

    public static async Task<GeneratorWorker> StartAsync(WorkerSetup setup, Fleet fleet, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PeoplesCongress.LoadTests.dll"));
        info.ArgumentList.Add(Command);
        var process = Process.Start(info) ?? throw new InvalidOperationException("the generator worker did not start");
        var worker = new GeneratorWorker(process, fleet, cancellationToken) { Tablets = setup.Codes.Count };
        process.ErrorDataReceived += (_, e) => worker.KeepError(e.Data);
        process.BeginErrorReadLine();
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(setup, Json).AsMemory(), cancellationToken);
        await process.StandardInput.FlushAsync(cancellationToken);
        return worker;
    }

    public async Task<WorkerReply> ConnectAsync(string phase, bool signIn, int parallelism)
    {
        var reply = await AskAsync(new WorkerCommand(WorkerCommand.Connect, phase, signIn, parallelism), timeLimit);
        Connected = reply.Done;
        return reply;
    }

    public Task<WorkerReply> VoteAsync(string phase, BallotView ballot) => AskAsync(new WorkerCommand(WorkerCommand.Vote, phase, Ballot: ballot), timeLimit);

    public async Task LeaveAsync()
    {
        if (process.HasExited) return;
        await AskAsync(new WorkerCommand(WorkerCommand.Leave)).WaitAsync(Patience);
        Connected = 0;
    }

    public async Task<WorkerTallies> TalliesAsync() => (await AskAsync(new WorkerCommand(WorkerCommand.Tallies)).WaitAsync(Patience)).Tallies!;

    /// <summary>The worker's peak memory and CPU time so far, for the report's notes.</summary>
    public string Usage() => $"generator worker (process {Pid}): peak RSS {usage.PeakRssMiB:N0} MiB, CPU {usage.CpuSecondsSoFar:N1} s";

    private async Task<WorkerReply> AskAsync(WorkerCommand command, CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync();
        try
        {
            var pending = answer = new TaskCompletionSource<WorkerReply>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (process.HasExited) throw Gone();
            await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command, Json));
            await process.StandardInput.FlushAsync();
            var reply = await pending.Task.WaitAsync(cancellationToken);
            return reply.Error is { } error ? throw new InvalidOperationException($"generator worker {Pid}: {error}") : reply;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                var reply = JsonSerializer.Deserialize<WorkerReply>(line, Json)!;
                if (reply.Op == WorkerReply.PushOp) (reply.Push == "opened" ? fleet.Opened : fleet.Closed).Arrive(reply.BallotId, reply.Done);
                else answer?.TrySetResult(reply);
            }
            answer?.TrySetException(Gone());
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            answer?.TrySetException(new InvalidOperationException($"generator worker {Pid}: its output could not be read", ex));
        }
    }

    private InvalidOperationException Gone()
    {
        lock (errorTail) return new($"generator worker {Pid} ended: {string.Join(" | ", errorTail)}");
    }

    private void KeepError(string? line)
    {
        if (line is null) return;
        lock (errorTail)
        {
            errorTail.Enqueue(line);
            if (errorTail.Count > 20) errorTail.Dequeue();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (exiting) return;
        exiting = true;
        if (!process.HasExited)
        {
            try
            {
                await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new WorkerCommand(WorkerCommand.Exit), Json));
                process.StandardInput.Close();
            }
            catch (IOException) { /* already gone */ }
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try { await process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { process.Kill(); }
        }
        await reading;
        await usage.DisposeAsync();
        process.Dispose();
        oneAtATime.Dispose();
    }
}
