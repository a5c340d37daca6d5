using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Attendance;

/// <summary>
/// 应到 / 实到 / 请假 / 缺席 of a sitting, counted from the roster, the sign-ins and the leave marks: 实到 is signed
/// in and not on leave, 请假 is on leave (before signing in, or from the middle of the sitting).
/// </summary>
public sealed class AttendanceQuery(SittingQueries sittings, AttendanceBoard board)
{
    /// <summary>From the counts held in memory (<see cref="AttendanceBoard"/>), as of the last commit; not-found for no such sitting.</summary>
    public async Task<AttendanceView> GetAsync(int sittingId) => board.ViewOf((await sittings.GetAsync(sittingId)).ToView());

    /// <summary>The view of a sitting's counts under its quorum rule.</summary>
    public static AttendanceView View(SittingView sitting, AttendanceCounts counts)
    {
        var attendance = AttendanceCount.Compute(counts.Expected, counts.Present, counts.OnLeave,
            new QuorumRule(sitting.QuorumNumerator, sitting.QuorumDenominator));
        return new AttendanceView(
            sitting.Id, attendance.Expected, attendance.Present, attendance.OnLeave, attendance.Absent,
            attendance.QuorumMet, attendance.Sentence);
    }

    /// <summary>The same count from the database inside a write, where a check (quorum before opening a ballot) must see what it guards.</summary>
    public static AttendanceView Get(VenueDbContext db, int sittingId)
    {
        var counts = CountsOf(db, sittingId).SingleOrDefault();
        return View(db.Sittings.AsNoTracking().Single(s => s.Id == sittingId).ToView(),
            new AttendanceCounts(counts?.Expected ?? 0, counts?.Present ?? 0, counts?.OnLeave ?? 0));
    }

    /// <summary>The sitting's quorum in words, e.g. 三分之二.</summary>
    public static string Threshold(Sitting sitting) => Rule(sitting).Describe();

    private static IQueryable<Counts> CountsOf(VenueDbContext db, int sittingId) =>
        db.Deputies.Where(d => d.SittingId == sittingId && d.Status == DeputyStatus.Current)
            .GroupBy(_ => 1)
            // Leave that starts mid-sitting takes a signed-in deputy out of 实到 and into 请假.
            .Select(g => new Counts(g.Count(), g.Count(d => d.SignedInAt != null && !d.OnLeave), g.Count(d => d.OnLeave)));

    private static QuorumRule Rule(Sitting sitting) => new(sitting.QuorumNumerator, sitting.QuorumDenominator);

    private sealed record Counts(int Expected, int Present, int OnLeave);
}
