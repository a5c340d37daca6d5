using System.Collections.Concurrent;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// One kind of push (ballot opened, ballot closed) arriving at the tablets: per ballot, how many have it, against
/// what a scenario expects. A generator worker process forwards its tablets' arrivals to the main process.
/// </summary>
internal sealed class Pushes
{
    private readonly ConcurrentDictionary<int, PushArrivals> expected = new();

    /// <summary>Arrivals (ballot, how many tablets), whether or not anyone waits for that ballot.</summary>
    public event Action<int, int>? Arrived;

    /// <summary>From now on, counts the ballot's arrivals until <paramref name="tablets"/> have it.</summary>
    public PushArrivals Expect(int ballotId, int tablets) => expected[ballotId] = new PushArrivals(tablets);

    public void Arrive(int ballotId, int tablets = 1)
    {
        if (expected.TryGetValue(ballotId, out var arrivals)) arrivals.Arrive(tablets);
        Arrived?.Invoke(ballotId, tablets);
    }
}
