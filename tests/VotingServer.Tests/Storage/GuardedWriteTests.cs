using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>
/// Each write whose rule says "one" (or "the next"), fired many times at once: exactly one effect and a coded
/// refusal for every other call, never a 500. The check and the write are one step of the one writer. Each test
/// works on a sitting of its own; the last secretariat credential, a rule of the whole server, is tested in
/// StaffCredentialTests on a server of its own.
/// </summary>
public sealed class GuardedWriteTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private const int Times = 8;
    private readonly TestVenue venue = shared.Venue;

    private static readonly CreateBallotRequest FourChooseTwo = new("民生实事项目票决", Places: 2,
        Items: [new("甲项目"), new("乙项目"), new("丙项目"), new("丁项目")]);

    [Fact]
    public async Task BallotsCreatedAtOnceTakeConsecutiveAgendaPlaces()
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var outcome = await Concurrently.FireAsync(Times, i =>
            setup.Secretariat.CreateBallotAsync(setup.SittingId, new($"议案{i}", Kind: BallotKind.Motion)));
        Assert.Empty(outcome.Refused);
        Assert.Equal(Enumerable.Range(2, Times), outcome.Done.Select(b => b.AgendaPosition).Order());
    }

    [Fact]
    public async Task OneBallotHasOneFollowUpRound()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var motion = await sitting.OpenAsync(new("关于通过监票人名单的决定", Kind: BallotKind.Motion));
        await sitting.Presidium.CloseBallotAsync(motion.Id);

        var outcome = await Concurrently.FireAsync(Times, _ => sitting.Presidium.RepeatAsync(motion.Id));
        Assert.Single(outcome.Done);
        Assert.All(outcome.Refused, r => Assert.Equal(ErrorCodes.NoDecisionNeeded, r.Code));
        Assert.Equal(Times - 1, outcome.Refused.Count);
        Assert.Single(await sitting.Setup.Secretariat.BallotsAsync(sitting.Setup.SittingId), b => b.PreviousBallotId == motion.Id);
    }

    [Fact]
    public async Task AShortfallIsDecidedOnce()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await sitting.OpenAsync(FourChooseTwo);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 6 ? 0 : 1);
        Assert.NotNull((await sitting.Presidium.CloseBallotAsync(ballot.Id)).Shortfall);

        var decisions = new[] { ShortfallDecisions.FurtherBallot, ShortfallDecisions.LeaveShort };
        var outcome = await Concurrently.FireAsync(Times, i => sitting.Presidium.DecideShortfallAsync(ballot.Id, new(decisions[i % 2])));
        var decided = Assert.Single(outcome.Done).Decision!;
        Assert.All(outcome.Refused, r => Assert.Equal(ErrorCodes.NoDecisionNeeded, r.Code));
        Assert.Equal(decided, (await sitting.Setup.Secretariat.ResultAsync(ballot.Id)).Decision);
        var followUps = (await sitting.Setup.Secretariat.BallotsAsync(sitting.Setup.SittingId)).Count(b => b.PreviousBallotId == ballot.Id);
        Assert.Equal(decided.Decision == ShortfallDecisions.FurtherBallot ? 1 : 0, followUps);
    }

    [Fact]
    public async Task GradesDecidedAtOnceFromTwoConsolesAreBothKept()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 10);
        var ballot = await sitting.OpenAsync(new("满意度测评", Kind: BallotKind.Satisfaction, Items: [new("部门一"), new("部门二")]));
        // Five of ten satisfied on both targets: each lies exactly on the threshold of one half.
        for (var d = 0; d < 10; d++)
        {
            var mark = d < 5 ? "satisfied" : "basically-satisfied";
            await sitting.ChooseAsync(d, ballot, (0, mark), (1, mark));
        }
        Assert.All((await sitting.Presidium.CloseBallotAsync(ballot.Id)).Items, i => Assert.True(i.ExactThreshold));

        var outcome = await Concurrently.FireAsync(Times, i =>
            sitting.Presidium.DecideGradeAsync(ballot.Id, new(ballot.Items[i % 2].Id, i < 2 ? "satisfied" : "basically-satisfied")));
        Assert.Equal(2, outcome.Done.Count);
        Assert.All(outcome.Refused, r => Assert.Equal(ErrorCodes.NoDecisionNeeded, r.Code));
        // Whichever call came first for each target decided it, and neither decision overwrote the other.
        var stored = (await sitting.Setup.Secretariat.ResultAsync(ballot.Id)).GradeDecisions!;
        Assert.Equal([ballot.Items[0].Id, ballot.Items[1].Id], stored.Select(d => d.ItemId).Order());
        Assert.All(stored, d => Assert.Contains(outcome.Done, r => r.GradeDecisions!.Any(g => (g.ItemId, g.Grade) == (d.ItemId, d.Grade))));
    }

    [Fact]
    public async Task NoticesPublishedAtOnceGetConsecutiveNumbersAndABallotIsPublishedOnce()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var secretariat = sitting.Setup.Secretariat;
        var chief = sitting.Setup.Chief!;
        var scrutineer = venue.Api(chief.Credential!.Code);
        var closed = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var motion = await sitting.OpenAsync(new($"议案{i}", Kind: BallotKind.Motion));
            await sitting.Presidium.CloseBallotAsync(motion.Id);
            await scrutineer.SignCountRecordAsync(motion.Id);
            closed.Add(motion.Id);
        }

        var distinct = await Concurrently.FireAsync(3, i => secretariat.PublishAsync(closed[i]));
        Assert.Empty(distinct.Refused);
        Assert.Equal([1, 2, 3], distinct.Done.Select(n => n.Number).Order());

        var same = await Concurrently.FireAsync(Times, _ => secretariat.PublishAsync(closed[3]));
        Assert.Equal(4, Assert.Single(same.Done).Number);
        Assert.All(same.Refused, r => Assert.Equal(ErrorCodes.AlreadyPublished, r.Code));
        Assert.Equal(Times - 1, same.Refused.Count);
    }

    [Fact]
    public async Task AScrutineerSignsARecordOnce()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var chief = sitting.Setup.Chief!;
        var motion = await sitting.OpenAsync(new("议案", Kind: BallotKind.Motion));
        await sitting.Presidium.CloseBallotAsync(motion.Id);

        var scrutineer = venue.Api(chief.Credential!.Code);
        var outcome = await Concurrently.FireAsync(Times, _ => scrutineer.SignCountRecordAsync(motion.Id));
        Assert.Single(outcome.Done);
        Assert.All(outcome.Refused, r => Assert.Equal(ErrorCodes.AlreadySigned, r.Code));
        Assert.Equal(Times - 1, outcome.Refused.Count);
        Assert.Single((await scrutineer.CountRecordAsync(motion.Id)).Signatures);
    }

    [Fact]
    public async Task ASittingHasOneChiefScrutineer()
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3, designateChief: false);
        var outcome = await Concurrently.FireAsync(Times, i =>
            setup.Secretariat.AddCountingStaffAsync(setup.SittingId, new($"监票人{i}", CountingRole.ChiefScrutineer)));
        Assert.Single(outcome.Done);
        Assert.All(outcome.Refused, r => Assert.Equal(ErrorCodes.Invalid, r.Code));
        Assert.Single(await setup.Secretariat.CountingStaffAsync(setup.SittingId));
    }

    [Fact]
    public async Task AScrutineerReissuedAtOnceEndsWithExactlyOneWorkingCredential()
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var added = setup.Chief!;
        await setup.ConfirmedAsync(new(ConfirmationAct.ScrutineerReissue, "凭证遗失", StaffId: added.Staff.Id));
        var outcome = await Concurrently.FireAsync(Times, _ => setup.Secretariat.ReissueCountingStaffCredentialAsync(setup.SittingId, added.Staff.Id));
        // One confirmation, one reissue: the others are refused until the presidium confirms again.
        Assert.Single(outcome.Done);
        Assert.All(outcome.Refused, r => Assert.Equal(ErrorCodes.ConfirmationRequired, r.Code));

        var working = 0;
        foreach (var code in outcome.Done.Select(c => c.Code).Append(added.Credential!.Code))
        {
            try
            {
                await venue.Api(code).MyCountingAssignmentsAsync();
                working++;
            }
            catch (VoterClient.VenueException refused) when (refused.Code == ErrorCodes.CredentialRevoked) { }
        }
        Assert.Equal(1, working);
    }

    [Fact]
    public async Task ARosterImportRacingAnOpeningNeverLeavesMoreBallotsThanDeputies()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 10);
        var motion = await sitting.CreateAsync(new("议案", Kind: BallotKind.Motion));
        // The new roster ends the mandate of half the deputies.
        var roster = "姓名,代表证号,代表团/组,状态\n" + string.Join('\n',
            Enumerable.Range(0, 10).Select(i => $"代表{i + 1:000},{PreparedSitting.Number(i)},第1代表组,{(i < 5 ? "在任" : "代表资格终止")}"));

        var outcome = await Concurrently.FireAsync(2, async i =>
        {
            if (i == 0) await sitting.Setup.Secretariat.ImportRosterAsync(sitting.Setup.SittingId, Encoding.UTF8.GetBytes(roster));
            else await sitting.Presidium.OpenBallotAsync(motion.Id);
        });
        var result = await sitting.Presidium.CloseBallotAsync(motion.Id);
        Assert.True(result.Issued <= result.CurrentDeputies, $"发出{result.Issued}张，应到{result.CurrentDeputies}人");
        Assert.All(outcome.Refused, r => Assert.Equal(ErrorCodes.RosterLocked, r.Code));
    }
}
