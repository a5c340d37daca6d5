using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

public sealed class ProjectVoteTests
{
    [Fact]
    public async Task FortyFiveDeputiesChooseThreeOfFiveProjects()
    {
        await using var venue = await TestVenue.StartAsync();
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 45);
        Assert.Equal(45, sitting.Codes.Count);

        var tablets = new List<VenueConnection>();
        foreach (var code in sitting.Codes.Values) tablets.Add(await venue.SignInAsync(code));
        var attendance = await sitting.Secretariat.AttendanceAsync(sitting.SittingId);
        Assert.Equal("本次会议应到代表45人，实到45人，请假0人，缺席0人，符合法定人数。", attendance.Sentence);

        var opened = tablets.Select(t => Waiting.Next<BallotView>(h => t.BallotOpenedReceived += h)).ToList();
        var closed = tablets.Select(t => Waiting.Next<BallotResultView>(h => t.BallotClosedReceived += h)).ToList();
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);
        Assert.All(await Task.WhenAll(opened), b => Assert.Equal(BallotState.Open, b.State));

        int a = sitting.Project(0), b = sitting.Project(1), c = sitting.Project(2), d = sitting.Project(3), e = sitting.Project(4);
        var plan = Enumerable.Repeat(new[] { a, b, c }, 20)
            .Concat(Enumerable.Repeat(new[] { a, b, d }, 10))
            .Concat(Enumerable.Repeat(new[] { c, e }, 5))
            .Concat(Enumerable.Repeat(Array.Empty<int>(), 5))
            .ToList();
        var receipts = await Task.WhenAll(tablets.Take(40).Select((t, i) =>
            t.CastAsync(new CastRequest(sitting.Ballot.Id, plan[i], VenueConnection.NewCastId()))));
        Assert.All(receipts, r => Assert.False(r.Duplicate));

        // Five deputies over-mark: refused with a code, nothing recorded, then corrected.
        foreach (var tablet in tablets.Skip(40))
        {
            var refused = await Assert.ThrowsAsync<VenueException>(() =>
                tablet.CastAsync(new CastRequest(sitting.Ballot.Id, [a, b, c, d], VenueConnection.NewCastId())));
            Assert.Equal(ErrorCodes.TooManyMarks, refused.Code);
            Assert.Equal("最多只能选择3个项目，请减少后再提交。", refused.Message);
            await tablet.CastAsync(new CastRequest(sitting.Ballot.Id, [a, d], VenueConnection.NewCastId()));
        }

        var result = await sitting.Presidium.CloseBallotAsync(sitting.Ballot.Id);
        Assert.Equal((45, 45, 45, 0, true), (result.Issued, result.Returned, result.Valid, result.Invalid, result.VoteValid));
        Assert.Equal([35, 30, 25, 15, 5], result.Items.Select(p => p.Votes));
        Assert.Equal([true, true, true, false, false], result.Items.Select(p => p.Passed));
        Assert.Equal([a, b, c], result.Adopted);
        Assert.Equal(
            [ProjectOutcomes.Adopted, ProjectOutcomes.Adopted, ProjectOutcomes.Adopted, ProjectOutcomes.NotPassed, ProjectOutcomes.NotPassed],
            result.Items.Select(p => p.Outcome));
        Assert.Null(result.RunOff);
        Assert.Null(result.Shortfall);
        Assert.StartsWith("发出表决票45张，收回45张，有效票45张，无效票0张，本次票决有效。", result.Announcement);
        Assert.Contains("危桥改造项目（35票）", result.Announcement);

        Assert.All(await Task.WhenAll(closed), pushed => Assert.Equal(result with { }, pushed, ResultComparer.Instance));
        Assert.Equal(result, await sitting.Secretariat.ResultAsync(sitting.Ballot.Id), ResultComparer.Instance);
        Assert.True(venue.Service<GroupCommitWriter>().CommittedBatches < venue.Service<GroupCommitWriter>().CommittedWrites);
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
    }
}
