using System.Collections.Concurrent;
using System.Diagnostics;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// N tablets against one server, or a hall of several (each tablet given the whole list): connecting them all, a bounded number at a time (as the tablets of a hall
/// switching on together would, without opening more sockets at once than the machine allows), casting all at
/// once, and leaving. Counts what arrives from the server on the way, and in a hall what each server did.
/// </summary>
internal sealed class Fleet : IAsyncDisposable
{
    private static readonly TimeSpan CastPatience = TimeSpan.FromSeconds(60);
    private readonly int parallelism;
    private readonly ProcessStats server;
    private readonly CancellationToken cancellationToken;
    private int drops;
    private int attendancePushes;
    private int connecting;
    private int castsAnswered;
    private int ackedCount;

    /// <summary>
    /// Tablets of <paramref name="server"/>; in a <paramref name="hall"/> of several servers each is given the whole
    /// list and, when <paramref name="spread"/>, signs in first on the server of its turn (round robin).
    /// </summary>
    public Fleet(
        IServerUnderTest server, IReadOnlyList<string> codes, int parallelism, CancellationToken cancellationToken,
        IReadOnlyList<Uri>? hall = null, bool spread = false)
    {
        this.parallelism = parallelism;
        this.server = server.Stats;
        this.cancellationToken = cancellationToken;
        Hall = hall is { Count: > 1 } ? hall : null;
        Tablets = codes.Select((code, i) => new Tablet(i, code, server.Url, this, Hall)
        {
            FirstServer = spread && Hall is not null ? i % Hall.Count : 0,
        }).ToList();
    }

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
    public IReadOnlyList<Tablet> Tablets { get; }
    public ConcurrentDictionary<int, PushArrivals> Opened { get; } = new();
    public ConcurrentDictionary<int, PushArrivals> Closed { get; } = new();

    public int Drops => Volatile.Read(ref drops);
    public int AttendancePushes => Volatile.Read(ref attendancePushes);
    public int Connected => Tablets.Count(t => t.IsConnected);

    /// <summary>A line for the progress display.</summary>
    public string Status => $"{Connected}/{Tablets.Count} connected ({Volatile.Read(ref connecting)} connecting), "
        + $"{Volatile.Read(ref castsAnswered)} casts answered, {Errors.Total} errors, {Drops} dropped";

    /// <summary>Connects every tablet, or only <paramref name="only"/>.</summary>
    public async Task<ConnectPhase> ConnectAllAsync(string phase, bool signIn, IReadOnlyList<Tablet>? only = null)
    {
        var tablets = only ?? Tablets;
        var latency = new Latencies();
        var (started, serverCpu) = (DateTimeOffset.Now, server.CpuSeconds());
        using var gate = new SemaphoreSlim(parallelism);
        var clock = Stopwatch.StartNew();
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
        var seconds = clock.Elapsed.TotalSeconds;
        var connectedCount = results.Count(c => c);
        return new ConnectPhase(phase, started, Math.Round(seconds, 2), connectedCount, results.Length - connectedCount,
            Math.Round(connectedCount / seconds), latency.Summary(), Math.Round(server.CpuSeconds() - serverCpu, 1));
    }

    /// <summary>Sends every cast at once (each tablet one) and waits for each ack.</summary>
    public async Task<(BurstPhase Phase, CastReceipt?[] Receipts)> CastAllAsync(string phase, IReadOnlyList<(Tablet Tablet, CastRequest Request)> casts)
    {
        var latency = new Latencies();
        var (started, loadAverage, serverCpu) = (DateTimeOffset.Now, MachineFacts.LoadAverageNow(), server.CpuSeconds());
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
        var seconds = Stopwatch.GetElapsedTime(startedAt).TotalSeconds;
        var acked = receipts.Count(r => r is not null);
        return (new BurstPhase(phase, started, casts.Count, acked, receipts.Count(r => r is { Duplicate: true }), casts.Count - acked,
            Math.Round(sendSpread.TotalMilliseconds, 1), Math.Round(seconds, 3), Math.Round(acked / seconds), latency.Summary(), loadAverage,
            Math.Round(server.CpuSeconds() - serverCpu, 1)), receipts);

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

    /// <summary>Every tablet closes its connection at the same moment.</summary>
    public Task LeaveAllAsync() => Task.WhenAll(Tablets.Select(t => t.LeaveAsync()));

    public PushArrivals Expect(ConcurrentDictionary<int, PushArrivals> pushes, int ballotId) =>
        pushes[ballotId] = new PushArrivals(Connected);

    public void Arrived(ConcurrentDictionary<int, PushArrivals> pushes, int ballotId)
    {
        if (pushes.TryGetValue(ballotId, out var arrivals)) arrivals.Arrive();
    }

    public void CountAttendancePush() => Interlocked.Increment(ref attendancePushes);

    /// <summary>A connection ended by the server's side; <paramref name="moving"/> when a hall tablet then moves on.</summary>
    public void Dropped(Uri from, Exception? error, bool moving = false)
    {
        Interlocked.Increment(ref drops);
        Errors.Add(moving ? "lost its server, moving on (expected when one is killed)" : "dropped by the server", error ?? new IOException("closed"));
        if (Hall is not null) On(from).Failed();
    }

    public ValueTask DisposeAsync() => new(LeaveAllAsync());
}
