using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>Run-offs, shortfall decisions and repeated votes: every round stays on record and results never change.</summary>
public sealed class RoundTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    private static readonly CreateBallotRequest FourChooseTwo = new("民生实事项目票决", Places: 2,
        Items: [new("甲项目", BudgetWan: 100m), new("乙项目", BudgetWan: 120m), new("丙项目", BudgetWan: 80m), new("丁项目", BudgetWan: 60m)]);

    [Fact]
    public async Task ATieAtTheLastPlaceGoesToARunOffWhoseResultCompletesTheList()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var first = await sitting.OpenAsync(FourChooseTwo);
        int[][] marks = [[0, 1], [0, 1], [0, 1], [0, 2], [0, 2], [0, 2], [0, 1], [0, 2], [1, 2]];
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, first, marks[d]);
        var firstResult = await sitting.Presidium.CloseBallotAsync(first.Id);
        Assert.Equal([8, 5, 5, 0], firstResult.Items.Select(i => i.Votes));
        Assert.Equal([first.Items[0].Id], firstResult.Adopted);
        Assert.Equal(new RunOffView([first.Items[1].Id, first.Items[2].Id], 5, 1), firstResult.RunOff, RunOffComparer);
        Assert.Equal(ResultFlags.RunOffNeeded, Assert.Single(firstResult.Flags).Code);

        var runOff = await sitting.Presidium.RunOffAsync(first.Id);
        Assert.Equal((2, first.Id, BallotRelations.RunOff, 1, BallotState.Draft), (runOff.Round, runOff.PreviousBallotId, runOff.Relation, runOff.Places, runOff.State));
        Assert.Equal([first.Items[1].Id, first.Items[2].Id], runOff.Items.Select(i => i.OriginItemId));
        Assert.Equal(["乙项目", "丙项目"], runOff.Items.Select(i => i.Name));
        Assert.Equal(ErrorCodes.NoDecisionNeeded, (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.RunOffAsync(first.Id))).Code);
        Assert.Equal(ErrorCodes.BallotNotDraft, (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.OpenBallotAsync(first.Id))).Code);

        await sitting.Presidium.OpenBallotAsync(runOff.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, runOff, d < 6 ? 1 : 0);
        var second = await sitting.Presidium.CloseBallotAsync(runOff.Id);
        Assert.Equal([runOff.Items[1].Id], second.Adopted);
        Assert.Equal([(first.Items[0].Id, "甲项目", 1), (first.Items[2].Id, "丙项目", 2)], second.FinalAdopted!.Select(p => (p.ItemId, p.Name, p.Round)));
        Assert.EndsWith("结合前一轮结果，确定为民生实事项目的是：甲项目、丙项目。", second.Announcement);

        Assert.Equal(firstResult, await sitting.Setup.Secretariat.ResultAsync(first.Id), ResultComparer.Instance);

        // Should the run-off be repeated, the repeat still builds on what the first round adopted.
        var repeat = await sitting.Presidium.RepeatAsync(runOff.Id);
        Assert.Equal((3, runOff.Id, BallotRelations.Repeat), (repeat.Round, repeat.PreviousBallotId, repeat.Relation));
        await sitting.Presidium.OpenBallotAsync(repeat.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, repeat, 0);
        var repeated = await sitting.Presidium.CloseBallotAsync(repeat.Id);
        Assert.Equal([(first.Items[0].Id, 1), (first.Items[1].Id, 3)], repeated.FinalAdopted!.Select(p => (p.ItemId, p.Round)));
        Assert.EndsWith("结合前一轮结果，确定为民生实事项目的是：甲项目、乙项目。", repeated.Announcement);

        var agenda = await sitting.Setup.Secretariat.BallotsAsync(sitting.Setup.SittingId);
        Assert.Equal([(first.Id, 1), (runOff.Id, 2), (repeat.Id, 3)], agenda.Skip(1).Select(b => (b.Id, b.Round)));
    }

    [Fact]
    public async Task TheDecisionOnAShortfallIsRecordedBesideTheUnchangedResult()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await sitting.OpenAsync(FourChooseTwo);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 6 ? 0 : 1);
        var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
        Assert.Equal(new ShortfallView(1, 2), result.Shortfall);
        Assert.Equal(ResultFlags.Shortfall, Assert.Single(result.Flags).Code);

        var refused = await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.DecideShortfallAsync(ballot.Id, new("toss-a-coin")));
        Assert.Equal(ErrorCodes.Invalid, refused.Code);
        var decided = await sitting.Presidium.DecideShortfallAsync(ballot.Id, new(ShortfallDecisions.FurtherBallot, "就其余项目再次票决"));
        var further = Assert.Single(await sitting.Setup.Secretariat.BallotsAsync(sitting.Setup.SittingId), b => b.PreviousBallotId == ballot.Id);
        Assert.Equal(new PresidiumDecisionView(ShortfallDecisions.FurtherBallot, "就其余项目再次票决", further.Id, decided.Decision!.DecidedAt), decided.Decision);
        Assert.Equal((BallotRelations.FurtherBallot, 1, 2), (further.Relation, further.Places, further.Round));
        Assert.Equal(["乙项目", "丙项目", "丁项目"], further.Items.Select(i => i.Name));

        var stored = await sitting.Setup.Secretariat.ResultAsync(ballot.Id);
        Assert.Equal(decided.Decision, stored.Decision);
        Assert.Equal(result, stored with { Decision = null }, ResultComparer.Instance);
        Assert.Equal(ErrorCodes.NoDecisionNeeded,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.DecideShortfallAsync(ballot.Id, new(ShortfallDecisions.LeaveShort)))).Code);

        await sitting.Presidium.OpenBallotAsync(further.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, further, d < 7 ? 0 : 1);
        var completed = await sitting.Presidium.CloseBallotAsync(further.Id);
        Assert.Equal([ballot.Items[0].Id, ballot.Items[1].Id], completed.FinalAdopted!.Select(p => p.ItemId));
    }

    [Fact]
    public async Task ARepeatedVoteIsANewRoundAndTheFirstStaysOnRecord()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 6);
        var motion = await sitting.OpenAsync(new("关于通过监票人名单的决定", Kind: BallotKind.Motion));
        await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.RepeatAsync(motion.Id));
        for (var d = 0; d < 3; d++) await sitting.ChooseAsync(d, motion, (0, "for"));
        var first = await sitting.Presidium.CloseBallotAsync(motion.Id);
        Assert.False(first.Passed);

        var repeat = await sitting.Presidium.RepeatAsync(motion.Id);
        Assert.Equal((2, BallotRelations.Repeat, motion.Title), (repeat.Round, repeat.Relation, repeat.Title));
        await sitting.Presidium.OpenBallotAsync(repeat.Id);
        for (var d = 0; d < 6; d++) await sitting.ChooseAsync(d, repeat, (0, "for"));
        Assert.True((await sitting.Presidium.CloseBallotAsync(repeat.Id)).Passed);
        Assert.False((await sitting.Setup.Secretariat.ResultAsync(motion.Id)).Passed);
    }

    private static readonly RunOffEquality RunOffComparer = new();

    private sealed class RunOffEquality : IEqualityComparer<RunOffView?>
    {
        public bool Equals(RunOffView? x, RunOffView? y) =>
            x is not null && y is not null && x.ItemIds.SequenceEqual(y.ItemIds) && (x.Votes, x.PlacesLeft) == (y.Votes, y.PlacesLeft);

        public int GetHashCode(RunOffView? obj) => 0;
    }
}
