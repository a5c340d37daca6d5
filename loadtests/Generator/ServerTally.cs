namespace PeoplesCongress.LoadTests;

/// <summary>What one server of a hall did for the tablets: sign-ins, tablets that moved to it, acks, errors.</summary>
internal sealed class ServerTally
{
    private readonly Latencies latencies = new();
    private int signedIn;
    private int movedIn;
    private int acked;
    private int errors;

    public void SignedIn() => Interlocked.Increment(ref signedIn);
    public void MovedIn() => Interlocked.Increment(ref movedIn);
    public void Failed() => Interlocked.Increment(ref errors);

    /// <summary>An ack this server gave, for a cast sent at <paramref name="castAt"/>.</summary>
    public void Acked(long castAt)
    {
        Interlocked.Increment(ref acked);
        latencies.RecordSince(castAt);
    }

    /// <summary>This tally, for the main process (from a generator worker).</summary>
    public WorkerServerTally Export(Uri server) =>
        new(server, Volatile.Read(ref signedIn), Volatile.Read(ref movedIn), Volatile.Read(ref acked), Volatile.Read(ref errors), latencies.Encode());

    /// <summary>Adds what a generator worker's tablets saw of the same server.</summary>
    public void Add(WorkerServerTally other)
    {
        Interlocked.Add(ref signedIn, other.SignedIn);
        Interlocked.Add(ref movedIn, other.MovedIn);
        Interlocked.Add(ref acked, other.Acked);
        Interlocked.Add(ref errors, other.Errors);
        latencies.Add(other.Latency);
    }

    public ServerFigures Figures(Uri server) =>
        new(server.ToString(), Volatile.Read(ref signedIn), Volatile.Read(ref movedIn), Volatile.Read(ref acked), latencies.Summary(),
            Volatile.Read(ref errors));
}
