using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Attendance;

/// <summary>
/// 应到 / 实到 / 请假 / 缺席 of a sitting, counted from the roster, the sign-ins and the leave marks: 实到 is signed
/// in and not on leave, 请假 is on leave (before signing in, or from the middle of the sitting).
/// </summary>
public sealed class AttendanceQuery(VenueDbContext db)
{
    /// <summary>The sitting's quorum in words, e.g. 三分之二.</summary>
    public async Task<string> ThresholdAsync(int sittingId)
    {
        var sitting = await db.Sittings.AsNoTracking().SingleAsync(s => s.Id == sittingId);
        return new QuorumRule(sitting.QuorumNumerator, sitting.QuorumDenominator).Describe();
    }

    public async Task<AttendanceView> GetAsync(int sittingId)
    {
        var sitting = await db.Sittings.AsNoTracking().SingleAsync(s => s.Id == sittingId);
        var current = db.Deputies.Where(d => d.SittingId == sittingId && d.Status == DeputyStatus.Current);
        var counts = await current
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Expected = g.Count(),
                // Leave that starts mid-sitting takes a signed-in deputy out of 实到 and into 请假.
                Present = g.Count(d => d.SignedInAt != null && !d.OnLeave),
                OnLeave = g.Count(d => d.OnLeave),
            })
            .SingleOrDefaultAsync();
        var rule = new QuorumRule(sitting.QuorumNumerator, sitting.QuorumDenominator);
        var attendance = AttendanceCount.Compute(counts?.Expected ?? 0, counts?.Present ?? 0, counts?.OnLeave ?? 0, rule);
        return new AttendanceView(
            sittingId, attendance.Expected, attendance.Present, attendance.OnLeave, attendance.Absent,
            attendance.QuorumMet, attendance.Sentence);
    }
}
