using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Attendance;

public sealed class SecretariatAttendanceTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task LeaveStartingMidSittingTakesADeputyOutOfAttendanceAndIssuanceUntilTheyReturn()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 6);
        var secretariat = sitting.Setup.Secretariat;
        var leaving = PreparedSitting.Number(5);
        await secretariat.SetLeaveAsync(sitting.Setup.SittingId, leaving, onLeave: true);
        Assert.Equal("本次会议应到代表6人，实到5人，请假1人，缺席0人，符合法定人数。",
            (await secretariat.AttendanceAsync(sitting.Setup.SittingId)).Sentence);

        var motion = await sitting.OpenAsync(new("一项决定", Kind: BallotKind.Motion));
        Assert.Equal(ErrorCodes.BallotNotIssued, (await Assert.ThrowsAsync<VenueException>(() => sitting.ChooseAsync(5, motion, (0, "for")))).Code);

        await secretariat.SetLeaveAsync(sitting.Setup.SittingId, leaving, onLeave: false);
        Assert.Equal(6, (await secretariat.AttendanceAsync(sitting.Setup.SittingId)).Present);
        await sitting.ChooseAsync(5, motion, (0, "for"));
        var result = await sitting.Presidium.CloseBallotAsync(motion.Id);
        Assert.Equal((6, 1), (result.Issued, result.Returned));
    }

    [Fact]
    public async Task TheSecretariatSignsInADeputyWhoseTabletFailed()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var deputy = await sitting.Secretariat.SignInByHandAsync(sitting.SittingId, "d002");
        Assert.True(deputy.SignedIn);
        Assert.Equal(1, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Present);
        Assert.Equal(ErrorCodes.Forbidden,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.SignInByHandAsync(sitting.SittingId, "D001"))).Code);
    }
}
