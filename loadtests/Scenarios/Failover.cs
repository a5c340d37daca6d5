using System.Collections.Concurrent;
using System.Diagnostics;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// 双机热备: two venue servers, every tablet given both. The tablets sign in, a 票决 is opened, every tablet casts at
/// once, and one server's process is killed with SIGKILL when a chosen share of its own tablets' casts is
/// acknowledged. Its tablets move to the other server by themselves and send again what had no answer, with the same cast ids. Measured: the
/// switch time of each tablet of the killed server (from the kill until signed in on the other). Checked: every cast
/// acknowledged in the end, and the ballot, closed on the surviving server (a scrutineer unseals the box first when
/// that server never held its key), counts every acknowledged ballot once: none lost, none doubled.
/// </summary>
internal static class Failover
{
    public const string Name = "failover";
    private static readonly TimeSpan MovePatience = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(ScenarioRun run)
    {
        var context = run.Context;
        await run.SetUpAsync();
        await run.SignInAllAsync("sign-in");
        var (ballot, opened) = await run.OpenAsync(Agenda.ProjectSelection);
        ChildServer? second = null;
        try
        {
            IReadOnlyList<IServerUnderTest> servers = context.Given.Count > 1 ? context.Given
                : context.Started.Count > 1 ? context.Started : [context.Venue, second = await StartSecondAsync(run)];
            var killed = servers[context.Options.KillServer];
            var survivor = servers.First(s => s != killed);

            var casts = run.Fleet.Tablets.Where(t => t.IsConnected).Select(t => (t, Votes.For(ballot, t.Index))).ToList();
            // The kill comes when the chosen share of the killed server's own casts is acknowledged: its tablets then
            // hold acknowledged casts, casts sent and unanswered, and casts not yet sent.
            var onKilled = run.Fleet.Tablets.Where(t => t.Server == killed.Url).Select(t => t.Index).ToHashSet();
            var killAfter = Math.Max(1, (int)Math.Ceiling(onKilled.Count * context.Options.KillAt));
            var ackedOnKilled = 0;
            var killPoint = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            run.Fleet.CastAcked += tablet =>
            {
                if (onKilled.Contains(tablet.Index) && Interlocked.Increment(ref ackedOnKilled) >= killAfter) killPoint.TrySetResult();
            };
            var moved = new ConcurrentDictionary<int, bool>();
            var switchTimes = new Latencies();
            long killedAt = 0;
            var everyoneMoved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (onKilled.Count == 0) everyoneMoved.TrySetResult();
            run.Fleet.Moved += (tablet, _) =>
            {
                var at = Volatile.Read(ref killedAt);
                if (at == 0 || !onKilled.Contains(tablet.Index) || !moved.TryAdd(tablet.Index, true)) return;
                switchTimes.RecordSince(at);
                if (moved.Count == onKilled.Count) everyoneMoved.TrySetResult();
            };

            var clock = Stopwatch.StartNew();
            var burst = run.Fleet.CastAllAsync("cast (failover)", casts);
            await Task.WhenAny(killPoint.Task, burst);
            var ackedBeforeKill = run.Fleet.Acked;
            var killedAfter = clock.Elapsed.TotalSeconds;
            Volatile.Write(ref killedAt, Stopwatch.GetTimestamp());
            await ((IKillable)killed).KillAsync();
            Console.WriteLine($"killed {killed.Url} after {ackedBeforeKill} acks; {onKilled.Count} tablets were on it");

            var (phase, receipts) = await burst;
            var allMoved = await Task.WhenAny(everyoneMoved.Task, Task.Delay(MovePatience, run.Token)) == everyoneMoved.Task;

            run.UseServer(survivor.Url);
            if ((await run.Sitting.Presidium.ProgressAsync(run.Sitting.SittingId)).Single(p => p.BallotId == ballot.Id).Sealed)
            {
                run.Note($"{survivor.Url} never held the box key: the chief scrutineer unsealed the box there before the close.");
                await run.Sitting.Scrutineer.UnsealBoxAsync(ballot.Id);
            }
            var expected = new ExpectedCounts();
            foreach (var (cast, receipt) in casts.Zip(receipts)) if (receipt is not null) expected.Add(cast.Item2);
            var round = await run.CloseAsync(ballot, opened, [phase], expected);
            run.Failover = new FailoverFigures(killed.Url.ToString(), survivor.Url.ToString(), Math.Round(killedAfter, 3), ackedBeforeKill,
                onKilled.Count, moved.Count, switchTimes.Summary(), round.Tally.Acknowledged, round.Tally.Returned, round.Tally.Lost,
                round.Tally.Doubled);
            if (killed == context.Venue)
                run.Note("The server memory and CPU figures are those of the first server's process, which was the one killed.");
            run.Check("every tablet of the killed server signed in again on the other", allMoved, $"{moved.Count} of {onKilled.Count}");
            run.Check("every cast acknowledged in the end", phase.Acked == casts.Count, $"{phase.Acked} of {casts.Count}");
        }
        finally
        {
            // The tablets leave before the second server stops, or they would all move again, to a dead server.
            await run.Fleet.LeaveAllAsync();
            if (second is not null) await second.DisposeAsync();
        }
    }

    /// <summary>
    /// The second server while the store is one SQLite file: it starts now that the ballot is open (a server reads the
    /// store at its start), and every other tablet leaves the first server and signs in on it, so both carry tablets.
    /// </summary>
    private static async Task<ChildServer> StartSecondAsync(ScenarioRun run)
    {
        var context = run.Context;
        var first = (ChildServer)context.Venue;
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(run.Token);
        startup.CancelAfter(TimeSpan.FromMinutes(2));
        var second = await ChildServer.StartSecondVenueAsync(first.DataDirectory, context.HallUrls[1].Port, [.. context.HallSettings], linkDatabase: true, startup.Token);
        Console.WriteLine($"second server: {second.Description}");
        var moving = run.Fleet.Tablets.Where(t => t.IsConnected && t.Index % context.HallUrls.Count == 1).ToList();
        await Task.WhenAll(moving.Select(t => t.LeaveAsync()));
        foreach (var tablet in moving) tablet.FirstServer = 1;
        var phase = await run.Fleet.ConnectAllAsync("sign-in on the second server", signIn: true, moving);
        run.Check("every other tablet signed in on the second server", phase.Failed == 0, $"{phase.Connected} of {moving.Count}");
        return second;
    }
}
