namespace PeoplesCongress.Tally.Tests;

public class AttendanceCountTests
{
    [Fact]
    public void LishuiAttendanceIsAnnouncedExactly()
    {
        var attendance = AttendanceCount.Compute(expected: 327, present: 314, onLeave: 9, QuorumRule.TwoThirds);

        Assert.Equal(new Attendance(327, 314, 9, 4, true, "本次会议应到代表327人，实到314人，请假9人，缺席4人，符合法定人数。"), attendance);
    }

    [Fact]
    public void MissingQuorumIsAnnounced()
    {
        var attendance = AttendanceCount.Compute(expected: 45, present: 30, onLeave: 10, QuorumRule.TwoThirds);

        Assert.False(attendance.QuorumMet);
        Assert.Equal(5, attendance.Absent);
        Assert.Equal("本次会议应到代表45人，实到30人，请假10人，缺席5人，不符合法定人数。", attendance.Sentence);
    }

    [Fact]
    public void EveryoneOnLeaveLeavesNobodyAbsent()
    {
        var attendance = AttendanceCount.Compute(expected: 10, present: 0, onLeave: 10, QuorumRule.TwoThirds);

        Assert.Equal(0, attendance.Absent);
        Assert.False(attendance.QuorumMet);
    }

    [Fact]
    public void NoCurrentDeputiesMeansNoQuorum() =>
        Assert.False(AttendanceCount.Compute(expected: 0, present: 0, onLeave: 0, QuorumRule.TwoThirds).QuorumMet);

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(10, -1, 0)]
    [InlineData(10, 0, -1)]
    [InlineData(10, 8, 3)]
    [InlineData(10, 11, 0)]
    public void InconsistentNumbersAreRejected(int expected, int present, int onLeave) =>
        Assert.Throws<ArgumentException>(() => AttendanceCount.Compute(expected, present, onLeave, QuorumRule.TwoThirds));
}
