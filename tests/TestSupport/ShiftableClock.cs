namespace PeoplesCongress.TestSupport;

/// <summary>
/// The system clock, moved on demand: a test of the cycle between sittings lives through a year in a minute. Only the
/// wall clock moves; timers and timestamps keep the machine's time. A server starts on the machine's time (its
/// certificate is made then, and the clients check it against theirs) and is moved after.
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void MoveTo(DateTimeOffset time) => Interlocked.Exchange(ref offsetTicks, (time - System.GetUtcNow()).Ticks);

    public void AdvanceDays(int days) => Interlocked.Add(ref offsetTicks, TimeSpan.FromDays(days).Ticks);
}
