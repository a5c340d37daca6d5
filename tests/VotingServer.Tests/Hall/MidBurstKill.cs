using System.Collections.Concurrent;
using System.Diagnostics;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Hall;

/// <summary>
/// A burst of casts from the hall's tablets, a few at a time, and something killed once enough of them are
/// acknowledged (a server, or the store's primary): at the kill some casts are acknowledged, some sent and unanswered,
/// some not yet sent. Returns once every cast has a receipt and every tablet of a killed server
/// (<paramref name="onKilled"/>, none when the store failed) has signed in on the survivor, with the time each took
/// after the kill, and the time after the kill of each ack that came after it.
/// </summary>
internal sealed record MidBurstKill(
    IReadOnlyList<CastReceipt> Receipts, IReadOnlyDictionary<int, CastReceipt> AckedBeforeKill, IReadOnlyList<TimeSpan> SwitchTimes,
    IReadOnlyList<TimeSpan> AcksAfterKill)
{
    public static async Task<MidBurstKill> RunAsync(
        IReadOnlyList<HallConnection> tablets, IReadOnlyList<CastRequest> casts, IReadOnlyCollection<int> onKilled, Uri? survivor,
        int inFlight, int acksBeforeKill, Func<Task> kill)
    {
        var clock = new Stopwatch();
        var moved = new ConcurrentDictionary<int, TimeSpan>();
        var everyoneMoved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (onKilled.Count == 0) everyoneMoved.TrySetResult();
        foreach (var i in onKilled)
        {
            tablets[i].Moved += server =>
            {
                if (server == survivor) moved[i] = clock.Elapsed;
                if (moved.Count == onKilled.Count) everyoneMoved.TrySetResult();
            };
        }

        var acked = new ConcurrentDictionary<int, CastReceipt>();
        var afterKill = new ConcurrentBag<TimeSpan>();
        var enoughAcks = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var killed = false;
        using var gate = new SemaphoreSlim(inFlight);
        var burst = Task.WhenAll(tablets.Select(async (tablet, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var receipt = await tablet.CastAsync(casts[i]);
                if (!Volatile.Read(ref killed)) acked[i] = receipt;
                else afterKill.Add(clock.Elapsed);
                if (acked.Count >= acksBeforeKill) enoughAcks.TrySetResult();
                return receipt;
            }
            finally
            {
                gate.Release();
            }
        }));
        await Task.WhenAny(enoughAcks.Task, burst).Unwrap().WaitAsync(Waiting.Timeout);
        Volatile.Write(ref killed, true);
        clock.Start();
        await kill();
        var receipts = await burst.WaitAsync(Waiting.Timeout);
        await everyoneMoved.Task.WaitAsync(Waiting.Timeout);
        return new MidBurstKill(receipts, acked, [.. moved.Values.Order()], [.. afterKill.Order()]);
    }

    public string Describe() =>
        $"{AckedBeforeKill.Count} of {Receipts.Count} casts acknowledged before SIGKILL; {SwitchTimes.Count} tablets signed in "
        + $"on the survivor after the kill: p50 {SwitchTimes[SwitchTimes.Count / 2].TotalMilliseconds:F0} ms, "
        + $"max {SwitchTimes[^1].TotalMilliseconds:F0} ms";

    /// <summary>Every tablet ends on the survivor, every receipt is for its cast, and a receipt given before the kill is the one a resend gets.</summary>
    public async Task CheckAsync(IReadOnlyList<HallConnection> tablets, IReadOnlyList<CastRequest> casts, Uri survivor)
    {
        Assert.All(tablets, t => Assert.Equal(survivor, t.Server));
        Assert.All(Receipts, (r, i) => Assert.Equal(casts[i].BallotId, r.BallotId));
        foreach (var (i, receipt) in AckedBeforeKill)
            Assert.Equal(receipt.TrackingCode, (await tablets[i].CastAsync(casts[i])).TrackingCode);
    }
}
