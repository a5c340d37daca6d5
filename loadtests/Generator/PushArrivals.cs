using System.Diagnostics;

namespace PeoplesCongress.LoadTests;

/// <summary>Counts a push (a ballot opened or closed) arriving at the tablets; done when every tablet has it.</summary>
internal sealed class PushArrivals(int expected)
{
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private readonly TaskCompletionSource<TimeSpan> all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int arrived;

    public int Arrived => Volatile.Read(ref arrived);

    /// <summary>From the moment this was created to the last tablet's arrival.</summary>
    public Task<TimeSpan> All => all.Task;

    public void Arrive(int tablets = 1)
    {
        if (Interlocked.Add(ref arrived, tablets) >= expected) all.TrySetResult(Stopwatch.GetElapsedTime(startedAt));
    }

    /// <summary>Seconds until every tablet had it, or null when some had not within <paramref name="patience"/>.</summary>
    public async Task<double?> SecondsUntilAllAsync(TimeSpan patience)
    {
        if (expected == 0) return 0;
        try { return Math.Round((await All.WaitAsync(patience)).TotalSeconds, 3); }
        catch (TimeoutException) { return null; }
    }
}
