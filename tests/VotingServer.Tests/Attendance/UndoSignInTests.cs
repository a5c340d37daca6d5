using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Attendance;

/// <summary>取消签到: a sign-in made by mistake is taken back and recorded, unless it already counts in a ballot.</summary>
public sealed class UndoSignInTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ASignInByHandIsTakenBackRecordedAndTheSourceIsKept()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3, signedIn: 1);
        var (secretariat, id) = (sitting.Setup.Secretariat, sitting.Setup.SittingId);

        var byHand = await secretariat.SignInByHandAsync(id, "D002");
        Assert.Equal(SignInSource.Hand, byHand.SignInSource);
        Assert.NotNull(byHand.SignedInAt);
        var roster = await secretariat.RosterAsync(id);
        Assert.Equal(SignInSource.Tablet, roster.Single(d => d.Number == "D001").SignInSource);
        Assert.Equal(2, (await secretariat.AttendanceAsync(id)).Present);

        var undone = await secretariat.UndoSignInAsync(id, "d002");
        Assert.False(undone.SignedIn);
        Assert.Null(undone.SignedInAt);
        Assert.Null(undone.SignInSource);
        Assert.False(undone.OnLeave);
        Assert.Equal(1, (await secretariat.AttendanceAsync(id)).Present);

        var entry = (await sitting.Presidium.AuditAsync(id)).Last(e => e.Action == AuditAction.SignInUndone);
        Assert.Equal(Role.Secretariat, entry.Actor.Role);
        Assert.Contains("D002", entry.Summary);

        // Undoing again changes nothing and records nothing more; the deputy can be signed in again.
        Assert.False((await secretariat.UndoSignInAsync(id, "D002")).SignedIn);
        Assert.Single(await sitting.Presidium.AuditAsync(id), e => e.Action == AuditAction.SignInUndone);
        Assert.True((await secretariat.SignInByHandAsync(id, "D002")).SignedIn);
        Assert.Equal(ErrorCodes.Forbidden,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.UndoSignInAsync(id, "D002"))).Code);
    }

    [Fact]
    public async Task ASignInThatCountsInAnOpenBallotOrAVoteCannotBeTakenBack()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (secretariat, id) = (sitting.Setup.Secretariat, sitting.Setup.SittingId);
        var motion = await sitting.OpenAsync(new("一项决定", Kind: BallotKind.Motion));

        // Issued a ballot of the open ballot, not yet voted: 应投 counts them.
        var refused = await Assert.ThrowsAsync<VenueException>(() => secretariat.UndoSignInAsync(id, "D003"));
        Assert.Equal(ErrorCodes.SignInNotUndoable, refused.Code);
        Assert.Contains("不能取消", refused.Message);

        await sitting.ChooseAsync(0, motion, (0, "for"));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        // After the close: whoever voted stays signed in; whoever did not vote may be taken back.
        Assert.Equal(ErrorCodes.SignInNotUndoable,
            (await Assert.ThrowsAsync<VenueException>(() => secretariat.UndoSignInAsync(id, "D001"))).Code);
        Assert.False((await secretariat.UndoSignInAsync(id, "D003")).SignedIn);
        Assert.True((await secretariat.RosterAsync(id)).Single(d => d.Number == "D001").SignedIn);
    }
}
