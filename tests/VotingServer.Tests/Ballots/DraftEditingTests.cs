using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>The secretariat edits, removes and reorders ballots not yet opened; opened ones never change.</summary>
public sealed class DraftEditingTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    private static readonly CreateBallotRequest Survey = new("镇政府部门满意度测评", Kind: BallotKind.Satisfaction,
        Items: [new("镇财政所"), new("镇派出所")]);

    private static readonly CreateBallotRequest Motion = new("关于通过监票人名单的决定", Kind: BallotKind.Motion);

    [Fact]
    public async Task ADraftIsEditedWithTheChecksOfANewOneRecordedAndPushedToStaff()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        await using var watcher = await venue.ConnectAsync((await sitting.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "主席团成员")).Code);
        await watcher.WatchSittingAsync(sitting.SittingId);
        var pushed = Waiting.Next<int>(h => watcher.AgendaChangedReceived += h);

        var refused = await Assert.ThrowsAsync<VenueException>(() =>
            sitting.Secretariat.EditBallotAsync(sitting.Ballot.Id, PreparedSitting.FiveChooseThree with { Places = 6 }));
        Assert.Equal(ErrorCodes.Invalid, refused.Code);

        var edited = await sitting.Secretariat.EditBallotAsync(sitting.Ballot.Id, Survey with { GradeThresholdNumerator = 2, GradeThresholdDenominator = 3 });

        Assert.Equal(sitting.SittingId, await pushed);
        Assert.Equal((sitting.Ballot.Id, 1, BallotKind.Satisfaction, "2/3"), (edited.Id, edited.AgendaPosition, edited.Kind, edited.Settings.GradeThreshold));
        Assert.Equal(["镇财政所", "镇派出所"], edited.Items.Select(i => i.Name));
        var stored = Assert.Single(await sitting.Secretariat.BallotsAsync(sitting.SittingId));
        Assert.Equal(edited.Items.Select(i => i.Id), stored.Items.Select(i => i.Id));
        var entry = (await sitting.Presidium.AuditAsync(sitting.SittingId)).Last();
        Assert.Equal((AuditAction.BallotEdited, sitting.Ballot.Id, Role.Secretariat), (entry.Action, entry.BallotId, entry.Actor.Role));
        Assert.Contains("镇政府部门满意度测评", entry.Summary);
    }

    [Fact]
    public async Task ADraftIsRemovedAndTheBallotsAfterItMoveUp()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var survey = await sitting.Secretariat.CreateBallotAsync(sitting.SittingId, Survey);
        var motion = await sitting.Secretariat.CreateBallotAsync(sitting.SittingId, Motion);

        await sitting.Secretariat.DeleteBallotAsync(survey.Id);

        var agenda = await sitting.Secretariat.BallotsAsync(sitting.SittingId);
        Assert.Equal([(sitting.Ballot.Id, 1), (motion.Id, 2)], agenda.Select(b => (b.Id, b.AgendaPosition)));
        var entry = (await sitting.Presidium.AuditAsync(sitting.SittingId)).Last();
        Assert.Equal((AuditAction.BallotDeleted, survey.Id), (entry.Action, entry.BallotId));
        Assert.Equal("将议程第2项“镇政府部门满意度测评”从议程中删除", entry.Summary);
        Assert.Equal(ErrorCodes.NotFound,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Secretariat.DeleteBallotAsync(survey.Id))).Code);
    }

    [Fact]
    public async Task ADraftMovesAmongDraftsButNeverPastABallotAlreadyOpened()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (secretariat, id) = (sitting.Setup.Secretariat, sitting.Setup.SittingId);
        var survey = await sitting.CreateAsync(Survey);
        var motion = await sitting.CreateAsync(Motion);

        var moved = await secretariat.MoveBallotAsync(motion.Id, up: true);
        Assert.Equal(2, moved.AgendaPosition);
        Assert.Equal([sitting.Setup.Ballot.Id, motion.Id, survey.Id], (await secretariat.BallotsAsync(id)).Select(b => b.Id));
        Assert.Equal("将“关于通过监票人名单的决定”从议程第3项上移至第2项", (await sitting.Presidium.AuditAsync(id)).Last().Summary);
        Assert.Equal(ErrorCodes.Invalid,
            (await Assert.ThrowsAsync<VenueException>(() => secretariat.MoveBallotAsync(survey.Id, up: false))).Code);

        await sitting.Presidium.OpenBallotAsync(sitting.Setup.Ballot.Id);
        var pastOpened = await Assert.ThrowsAsync<VenueException>(() => secretariat.MoveBallotAsync(motion.Id, up: true));
        Assert.Equal(ErrorCodes.BallotNotDraft, pastOpened.Code);
        Assert.Contains("只能与尚未开始的表决调换顺序", pastOpened.Message);
        Assert.Equal([sitting.Setup.Ballot.Id, motion.Id, survey.Id], (await secretariat.BallotsAsync(id)).Select(b => b.Id));
    }

    [Fact]
    public async Task AnOpenedBallotCannotBeEditedRemovedOrMovedAndOnlyTheSecretariatChangesDrafts()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (secretariat, ballot) = (sitting.Setup.Secretariat, sitting.Setup.Ballot);
        var draft = await sitting.CreateAsync(Motion);
        Assert.Equal(ErrorCodes.Forbidden,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.DeleteBallotAsync(draft.Id))).Code);
        await sitting.Presidium.OpenBallotAsync(ballot.Id);

        foreach (var change in new Func<Task>[]
                 {
                     () => secretariat.EditBallotAsync(ballot.Id, PreparedSitting.FiveChooseThree),
                     () => secretariat.DeleteBallotAsync(ballot.Id),
                     () => secretariat.MoveBallotAsync(ballot.Id, up: false),
                 })
        {
            var refused = await Assert.ThrowsAsync<VenueException>(change);
            Assert.Equal(ErrorCodes.BallotNotDraft, refused.Code);
            Assert.Contains("只有尚未开始的表决可以", refused.Message);
        }
        Assert.Equal(BallotState.Open, (await secretariat.BallotsAsync(sitting.Setup.SittingId)).First().State);
    }

    [Fact]
    public async Task ASignatureOnACountRecordIsPushedToTheSittingsStaff()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (secretariat, ballot, id) = (sitting.Setup.Secretariat, sitting.Setup.Ballot, sitting.Setup.SittingId);
        var chief = sitting.Setup.Chief!;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await using var watcher = await venue.ConnectAsync((await secretariat.IssueStaffCredentialAsync(Role.Presidium, "主席团成员")).Code);
        await watcher.WatchSittingAsync(id);
        var pushed = Waiting.Next<int>(h => watcher.CountRecordSignedReceived += h);

        await venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id);

        Assert.Equal(ballot.Id, await pushed);
    }
}
