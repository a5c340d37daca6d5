using System.Collections.Concurrent;
using System.Diagnostics;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// N tablets against one server, or a hall of several (each tablet given the whole list): connecting them all, a bounded number at a time (as the tablets of a hall
/// switching on together would, without opening more sockets at once than the machine allows), casting all at
/// once, and leaving. Counts what arrives from the server on the way, and in a hall what each server did. Beyond
/// <see cref="MaxTabletsPerProcess"/> tablets (or fewer, as asked), the rest are held by generator worker processes (one process may not
/// open more than 20,000 files), driven phase by phase with this process's own, and their figures merged in.
/// </summary>
internal sealed class Fleet : IAsyncDisposable
{
    /// <summary>Tablets one generator process holds at most: their sockets and the runtime's files stay below its limit.</summary>
    public const int MaxTabletsPerProcess = 10_000;

    private static readonly TimeSpan CastPatience = TimeSpan.FromSeconds(60);
    private readonly List<GeneratorWorker> workers = [];
    private readonly int parallelism;
    private readonly ProcessStats server;
    private readonly CancellationToken cancellationToken;
    private int drops;
    private int attendancePushes;
    private int connecting;
    private int castsAnswered;
    private int ackedCount;

    /// <summary>
    /// Tablets of <paramref name="server"/>, in this process, the first numbered <paramref name="firstIndex"/>; in a
    /// <paramref name="hall"/> of several servers each is given the whole list and, when <paramref name="spread"/>,
    /// signs in first on the server of its turn (round robin).
    /// </summary>
    public Fleet(
        IServerUnderTest server, IReadOnlyList<string> codes, int parallelism, CancellationToken cancellationToken,
        IReadOnlyList<Uri>? hall = null, bool spread = false, int firstIndex = 0)
    {
        this.parallelism = parallelism;
        this.server = server.Stats;
        this.cancellationToken = cancellationToken;
        Hall = hall is { Count: > 1 } ? hall : null;
        Tablets = codes.Select((code, i) => new Tablet(firstIndex + i, code, server.Url, this, Hall)
        {
            FirstServer = spread && Hall is not null ? (firstIndex + i) % Hall.Count : 0,
        }).ToList();
    }

    /// <summary>
    /// All of <paramref name="codes"/>' tablets: up to <paramref name="perProcess"/> in this process, the rest in as
    /// many generator worker processes as they need, split evenly.
    /// </summary>
    public static async Task<Fleet> StartAsync(
        IServerUnderTest server, IReadOnlyList<string> codes, int parallelism, int perProcess, CancellationToken cancellationToken,
        IReadOnlyList<Uri>? hall = null, bool spread = false)
    {
        var processes = (codes.Count + perProcess - 1) / perProcess;
        var share = (codes.Count + processes - 1) / Math.Max(1, processes);
        var fleet = new Fleet(server, [.. codes.Take(share)], parallelism, cancellationToken, hall, spread);
        try
        {
            for (var first = share; first < codes.Count; first += share)
            {
                var setup = new WorkerSetup(server.Url, [.. codes.Skip(first).Take(share)], first, fleet.Hall, spread);
                fleet.workers.Add(await GeneratorWorker.StartAsync(setup, fleet, cancellationToken));
            }
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
        return fleet;
    }

    /// <summary>The generator worker processes holding the tablets beyond this process's (none when this one holds them all).</summary>
    public IReadOnlyList<GeneratorWorker> Workers => workers;

    /// <summary>The hall's servers when there are several, else null.</summary>
    public IReadOnlyList<Uri>? Hall { get; }

    /// <summary>Per server of a hall: sign-ins, moves in, acks and their latencies, errors.</summary>
    public ConcurrentDictionary<Uri, ServerTally> PerServer { get; } = new();

    /// <summary>A tablet of the hall signed in again on <see cref="Uri"/> after losing its server.</summary>
    public event Action<Tablet, Uri>? Moved;

    private ServerTally On(Uri server) => PerServer.GetOrAdd(server, _ => new ServerTally());

    public void SignedIn(Uri server) => On(server).SignedIn();

    public void TabletMoved(Tablet tablet, Uri to)
    {
        On(to).MovedIn();
        Moved?.Invoke(tablet, to);
    }

    /// <summary>A tablet's cast was acknowledged (the failover's kill point watches these).</summary>
    public event Action<Tablet>? CastAcked;

    public int Acked => Volatile.Read(ref ackedCount);

    public ErrorTally Errors { get; } = new();

    /// <summary>The tablets in this process (the workers' are reached only through the phases below).</summary>
    public IReadOnlyList<Tablet> Tablets { get; }

    public Pushes Opened { get; } = new();
    public Pushes Closed { get; } = new();

    public int Drops => Volatile.Read(ref drops);
    public int AttendancePushes => Volatile.Read(ref attendancePushes);

    /// <summary>Tablets connected now, in this process and (as of their last phase) in the workers.</summary>
    public int Connected => Tablets.Count(t => t.IsConnected) + workers.Sum(w => w.Connected);

    /// <summary>A line for the progress display.</summary>
    public string Status => $"{Tablets.Count(t => t.IsConnected)}/{Tablets.Count} connected ({Volatile.Read(ref connecting)} connecting), "
        + $"{Volatile.Read(ref castsAnswered)} casts answered, {Errors.Total} errors, {Drops} dropped"
        + (workers.Count == 0 ? "" : $" in this process; {workers.Count} worker(s) hold {workers.Sum(w => w.Tablets)} more");

    /// <summary>Connects every tablet (the workers' too), or only <paramref name="only"/> of this process.</summary>
    public async Task<ConnectPhase> ConnectAllAsync(string phase, bool signIn, IReadOnlyList<Tablet>? only = null)
    {
        var there = only is null ? workers : [];
        // --parallel is the whole generator's: each process opens its share at a time.
        var share = Math.Max(1, parallelism / (there.Count + 1));
        var latency = new Latencies();
        var (started, serverCpu) = (DateTimeOffset.Now, server.CpuSeconds());
        var clock = Stopwatch.StartNew();
        var replies = Task.WhenAll(there.Select(w => w.ConnectAsync(phase, signIn, share)));
        var (connected, failed) = await ConnectHereAsync(phase, signIn, only ?? Tablets, share, latency);
        foreach (var reply in await replies)
        {
            (connected, failed) = (connected + reply.Done, failed + reply.Failed);
            latency.Add(reply.Latency!);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new ConnectPhase(phase, started, Math.Round(seconds, 2), connected, failed,
            Math.Round(connected / seconds), latency.Summary(), Math.Round(server.CpuSeconds() - serverCpu, 1));
    }

    /// <summary>Connects <paramref name="tablets"/> of this process, <paramref name="atOnce"/> at a time: how many did, how many failed.</summary>
    internal async Task<(int Connected, int Failed)> ConnectHereAsync(
        string phase, bool signIn, IReadOnlyList<Tablet> tablets, int atOnce, Latencies latency)
    {
        using var gate = new SemaphoreSlim(atOnce);
        var results = await Task.WhenAll(tablets.Select(async tablet =>
        {
            await gate.WaitAsync(cancellationToken);
            Interlocked.Increment(ref connecting);
            try
            {
                var startedAt = Stopwatch.GetTimestamp();
                var connected = await tablet.ConnectAsync(phase, signIn, cancellationToken);
                if (connected) latency.RecordSince(startedAt);
                return connected;
            }
            finally
            {
                Interlocked.Decrement(ref connecting);
                gate.Release();
            }
        }));
        var connectedCount = results.Count(c => c);
        return (connectedCount, results.Length - connectedCount);
    }

    /// <summary>Sends every cast at once (each tablet one) and waits for each ack.</summary>
    public async Task<(BurstPhase Phase, CastReceipt?[] Receipts)> CastAllAsync(string phase, IReadOnlyList<(Tablet Tablet, CastRequest Request)> casts)
    {
        var burst = new BurstStart(server);
        var here = await CastHereAsync(phase, casts);
        return (burst.Phase(phase, casts.Count, here.Receipts.Count(r => r is not null), here.Receipts.Count(r => r is { Duplicate: true }),
            here.SendSpread, here.Latency), here.Receipts);
    }

    /// <summary>
    /// Every connected tablet (the workers' too) casts its vote on <paramref name="ballot"/> (<see cref="Votes.For"/>)
    /// at once. Returns the burst and every acknowledged cast, to check the result against.
    /// </summary>
    public async Task<(BurstPhase Phase, IReadOnlyList<CastRequest> Acked)> VoteAllAsync(
        string phase, BallotView ballot)
    {
        var burst = new BurstStart(server);
        var replies = Task.WhenAll(workers.Select(w => w.VoteAsync(phase, ballot)));
        var here = await VoteHereAsync(phase, ballot);
        var acked = here.Acked.Select(a => a.Request).ToList();
        var (sent, duplicates, spread) = (here.Sent, here.Duplicates, here.SendSpread);
        foreach (var reply in await replies)
        {
            // The workers' votes are the same function of the tablet's index; only the cast ids differ.
            acked.AddRange(reply.Acked!.Select(index => Votes.For(ballot, index)));
            (sent, duplicates) = (sent + reply.Done + reply.Failed, duplicates + reply.Duplicates);
            spread = spread > TimeSpan.FromMilliseconds(reply.SendSpreadMs) ? spread : TimeSpan.FromMilliseconds(reply.SendSpreadMs);
            here.Latency.Add(reply.Latency!);
        }
        return (burst.Phase(phase, sent, acked.Count, duplicates, spread, here.Latency), acked);
    }

    /// <summary>
    /// This process's connected tablets cast their votes on <paramref name="ballot"/> at once: how many were sent, those
    /// acknowledged (with the tablet's index), duplicates among them, how long sending took, and the latencies.
    /// </summary>
    internal async Task<(int Sent, IReadOnlyList<(int Tablet, CastRequest Request)> Acked, int Duplicates, TimeSpan SendSpread, Latencies Latency)>
        VoteHereAsync(string phase, BallotView ballot)
    {
        var casts = Tablets.Where(t => t.IsConnected).Select(t => (t, Votes.For(ballot, t.Index))).ToList();
        var (receipts, spread, latency) = await CastHereAsync(phase, casts);
        var acked = casts.Zip(receipts).Where(c => c.Second is not null).Select(c => (c.First.t.Index, c.First.Item2)).ToList();
        return (casts.Count, acked, receipts.Count(r => r is { Duplicate: true }), spread, latency);
    }

    /// <summary>This process's part of a burst: every cast sent at once, each ack awaited.</summary>
    private async Task<(CastReceipt?[] Receipts, TimeSpan SendSpread, Latencies Latency)> CastHereAsync(
        string phase, IReadOnlyList<(Tablet Tablet, CastRequest Request)> casts)
    {
        var latency = new Latencies();
        var receipts = new CastReceipt?[casts.Count];
        var startedAt = Stopwatch.GetTimestamp();
        var pending = new Task[casts.Count];
        // One sender per core, as a hall of tablets sends in parallel; a single loop would take longer to send them.
        var senders = Environment.ProcessorCount;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(sender => Task.Run(() =>
        {
            for (var i = sender; i < casts.Count; i += senders) pending[i] = CastOneAsync(i);
        })));
        var sendSpread = Stopwatch.GetElapsedTime(startedAt);
        await Task.WhenAll(pending).WaitAsync(cancellationToken);
        return (receipts, sendSpread, latency);

        async Task CastOneAsync(int i)
        {
            var castAt = Stopwatch.GetTimestamp();
            try
            {
                var tablet = casts[i].Tablet;
                receipts[i] = await tablet.CastAsync(casts[i].Request).WaitAsync(CastPatience, cancellationToken);
                latency.RecordSince(castAt);
                Interlocked.Increment(ref ackedCount);
                CastAcked?.Invoke(tablet);
                if (Hall is not null && tablet.Server is { } answeredBy) On(answeredBy).Acked(castAt);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Errors.Add(phase, ex);
                if (Hall is not null && casts[i].Tablet.Server is { } on) On(on).Failed();
            }
            Interlocked.Increment(ref castsAnswered);
        }
    }

    /// <summary>Every tablet (the workers' too) closes its connection at the same moment.</summary>
    public Task LeaveAllAsync() => Task.WhenAll([.. Tablets.Select(t => t.LeaveAsync()), .. workers.Select(w => w.LeaveAsync())]);

    public PushArrivals Expect(Pushes pushes, int ballotId) => pushes.Expect(ballotId, Connected);

    public void CountAttendancePush() => Interlocked.Increment(ref attendancePushes);

    /// <summary>A connection ended by the server's side; <paramref name="moving"/> when a hall tablet then moves on.</summary>
    public void Dropped(Uri from, Exception? error, bool moving = false)
    {
        Interlocked.Increment(ref drops);
        Errors.Add(moving ? "lost its server, moving on (expected when one is killed)" : "dropped by the server", error ?? new IOException("closed"));
        if (Hall is not null) On(from).Failed();
    }

    /// <summary>What this process's tablets met, for the main process (in a generator worker).</summary>
    internal WorkerTallies Tallies() => new(Errors.Snapshot(), Drops, AttendancePushes,
        [.. PerServer.Select(entry => entry.Value.Export(entry.Key))]);

    /// <summary>Folds the workers' errors, drops, pushes and per-server figures into this process's, once, at the end.</summary>
    public async Task GatherAsync()
    {
        foreach (var worker in workers)
        {
            var tallies = await worker.TalliesAsync();
            Errors.Add(tallies.Errors);
            Interlocked.Add(ref drops, tallies.Drops);
            Interlocked.Add(ref attendancePushes, tallies.AttendancePushes);
            foreach (var tally in tallies.PerServer) On(tally.Server).Add(tally);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Tablets.Select(t => t.LeaveAsync()));
        foreach (var worker in workers) await worker.DisposeAsync();
    }

    /// <summary>A burst's start: its wall clock, the load average and the server's CPU time then.</summary>
    private sealed class BurstStart(ProcessStats server)
    {
        private readonly DateTimeOffset started = DateTimeOffset.Now;
        private readonly string loadAverage = MachineFacts.LoadAverageNow();
        private readonly double serverCpu = server.CpuSeconds();
        private readonly long startedAt = Stopwatch.GetTimestamp();

        public BurstPhase Phase(string name, int sent, int acked, int duplicates, TimeSpan sendSpread, Latencies latency)
        {
            var seconds = Stopwatch.GetElapsedTime(startedAt).TotalSeconds;
            return new BurstPhase(name, started, sent, acked, duplicates, sent - acked, Math.Round(sendSpread.TotalMilliseconds, 1),
                Math.Round(seconds, 3), Math.Round(acked / seconds), latency.Summary(), loadAverage,
                Math.Round(server.CpuSeconds() - serverCpu, 1));
        }
    }
}
