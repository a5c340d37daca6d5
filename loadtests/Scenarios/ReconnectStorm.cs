using System.Diagnostics;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// The hall's network fails mid-ballot. Half the tablets have cast; some of the others are sending as it goes
/// down; every connection drops. All reconnect; the rest cast, the ones caught sending send again with the same
/// castId, and a quarter of those that had cast resend too, as a tablet whose ack was lost would. The result must
/// count each deputy exactly once.
/// </summary>
internal static class ReconnectStorm
{
    public const string Name = "reconnect-storm";

    public static async Task RunAsync(ScenarioRun run)
    {
        await run.SetUpAsync();
        await run.SignInAllAsync("sign-in");
        var (ballot, opened) = await run.OpenAsync(Agenda.ProjectSelection);
        var tablets = run.Fleet.Tablets.Where(t => t.Connection is not null).ToList();
        var requests = tablets.ToDictionary(t => t.Index, t => Votes.For(ballot, t.Index));
        var (firstHalf, secondHalf) = (tablets.Take(tablets.Count / 2).ToList(), tablets.Skip(tablets.Count / 2).ToList());

        var (before, beforeReceipts) = await run.Fleet.CastAllAsync("cast before the drop", [.. firstHalf.Select(t => (t, requests[t.Index]))]);
        var caughtSending = secondHalf.Where(t => t.Index % 8 == 0).ToList();
        var inFlight = caughtSending.Select(t => t.CastAsync(requests[t.Index])).ToList();
        var drop = Stopwatch.StartNew();
        await run.Fleet.LeaveAllAsync();
        run.Note($"All {tablets.Count:N0} connections dropped in {drop.Elapsed.TotalSeconds:F2} s, "
            + $"{caughtSending.Count:N0} of them with a cast in flight.");
        foreach (var cast in inFlight)
        {
            try { await cast; }
            catch (Exception ex) { run.Fleet.Errors.Add("in flight at the drop (expected)", ex); }
        }

        await run.SignInAllAsync("reconnect after the drop");
        var castBefore = firstHalf.Where((_, i) => beforeReceipts[i] is not null).ToList();
        run.Check("after reconnecting, the SignedIn state shows every cast acknowledged before the drop as cast",
            castBefore.All(t => HasCast(t, ballot.Id)), $"{castBefore.Count(t => HasCast(t, ballot.Id))} of {castBefore.Count}");
        var recordedInFlight = caughtSending.Where(t => HasCast(t, ballot.Id)).Select(t => t.Index).ToHashSet();
        var resending = castBefore.Where(t => t.Index % 4 == 0).ToList();
        // A tablet whose cast got no ack before the drop sends it again too, with the same castId.
        var unanswered = firstHalf.Where((_, i) => beforeReceipts[i] is null);

        var after = secondHalf.Concat(resending).Concat(unanswered).Select(t => (t, requests[t.Index])).ToList();
        var (afterPhase, afterReceipts) = await run.Fleet.CastAllAsync("cast after the reconnect", after);
        var receipts = after.Zip(afterReceipts).Where(x => x.Second is not null).ToDictionary(x => x.First.t.Index, x => x.Second!);
        run.Check("a resent cast the server had recorded is acknowledged as a duplicate",
            resending.Concat(caughtSending.Where(t => recordedInFlight.Contains(t.Index))).All(t => receipts.GetValueOrDefault(t.Index) is { Duplicate: true }),
            $"{resending.Count} resends after an ack, {recordedInFlight.Count} of {caughtSending.Count} casts in flight had been recorded");

        var acknowledged = castBefore.Select(t => t.Index).Union(receipts.Keys).ToList();
        var expected = new ExpectedCounts();
        foreach (var index in acknowledged) expected.Add(requests[index]);
        await run.CloseAsync(ballot, opened, [before, afterPhase], expected);
    }

    private static bool HasCast(Tablet tablet, int ballotId) =>
        tablet.State?.MyBallots.Any(b => b.BallotId == ballotId && b.Cast) ?? false;
}
