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

    public ServerFigures Figures(Uri server) =>
        new(server.ToString(), Volatile.Read(ref signedIn), Volatile.Read(ref movedIn), Volatile.Read(ref acked), latencies.Summary(),
            Volatile.Read(ref errors));
}
