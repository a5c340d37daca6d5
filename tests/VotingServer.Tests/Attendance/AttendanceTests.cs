using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Attendance;

public sealed class AttendanceTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task OpeningWithoutQuorumIsRefusedWithTheAttendanceSentence()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 9);
        var codes = sitting.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        await sitting.Secretariat.SetLeaveAsync(sitting.SittingId, PreparedSitting.Number(8), onLeave: true);
        await using var watcher = await venue.ConnectAsync(
            (await sitting.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code);
        await watcher.WatchSittingAsync(sitting.SittingId);
        var sixPresent = Waiting.Next<AttendanceView>(h => watcher.AttendanceReceived += h, a => a.Present == 6);

        var tablets = new List<VenueConnection>();
        foreach (var code in codes.Take(6)) tablets.Add(await venue.SignInAsync(code));
        Assert.Equal("本次会议应到代表9人，实到6人，请假1人，缺席2人，不符合法定人数。", (await sixPresent).Sentence);

        var refused = await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id));
        Assert.Equal(ErrorCodes.QuorumNotMet, refused.Code);
        Assert.Equal("不能开始表决：出席代表须超过应到代表的三分之二。本次会议应到代表9人，实到6人，请假1人，缺席2人，不符合法定人数。", refused.Message);
        Assert.Equal(BallotState.Draft, Assert.Single(await sitting.Secretariat.BallotsAsync(sitting.SittingId)).State);

        // The deputy on leave comes after all: signing in clears the leave and brings the quorum.
        tablets.Add(await venue.SignInAsync(codes[8]));
        var attendance = await sitting.Secretariat.AttendanceAsync(sitting.SittingId);
        Assert.Equal("本次会议应到代表9人，实到7人，请假0人，缺席2人，符合法定人数。", attendance.Sentence);
        Assert.Equal(BallotState.Open, (await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id)).State);
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task ASuspendedDeputyCannotSignInAndIsNotCounted()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4);
        await sitting.Secretariat.ImportRosterAsync(sitting.SittingId, "姓名,代表证号,状态\n测试004,D004,暂停执行代表职务"u8.ToArray());
        var error = await Assert.ThrowsAsync<VenueException>(() => venue.SignInAsync(sitting.Codes[PreparedSitting.Number(3)]));
        Assert.Equal(ErrorCodes.DeputyNotCurrent, error.Code);
        Assert.Equal(3, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Expected);
    }

    [Fact]
    public async Task AQuorumSettingOfOneHalfIsApplied()
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new CreateSittingRequest("半数会议", 1, 2));
        await secretariat.ImportRosterAsync(sitting.Id, "姓名,代表证号\n甲,1\n乙,2\n丙,3\n丁,4"u8.ToArray());
        var codes = PreparedSitting.ParseSheet(await secretariat.IssueCredentialSheetAsync(sitting.Id));
        await using var one = await venue.SignInAsync(codes["1"]);
        await using var two = await venue.SignInAsync(codes["2"]);
        Assert.False((await secretariat.AttendanceAsync(sitting.Id)).QuorumMet);
        await using var three = await venue.SignInAsync(codes["3"]);
        Assert.True((await secretariat.AttendanceAsync(sitting.Id)).QuorumMet);
    }

    [Fact]
    public async Task GetStateShowsEveryChangeSinceTheLastGetState()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4);
        var codes = sitting.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        await using var first = await venue.SignInAsync(codes[0]);
        Assert.Equal(1, (await first.GetStateAsync()).Attendance.Present);

        // A sign-in (through the group-commit writer) and a leave (through EF Core) both show at once.
        await using var second = await venue.SignInAsync(codes[1]);
        await using var third = await venue.SignInAsync(codes[2]);
        await sitting.Secretariat.SetLeaveAsync(sitting.SittingId, PreparedSitting.Number(3), onLeave: true);
        var state = await first.GetStateAsync();
        Assert.Equal((3, 1), (state.Attendance.Present, state.Attendance.OnLeave));
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);
        Assert.Equal(sitting.Ballot.Id, Assert.Single((await second.GetStateAsync()).OpenBallots).Id);
    }

    /// <summary>Attendance is counted in memory as deputies sign in; a restarted server counts it again from the store.</summary>
    [Fact]
    public async Task AttendanceIsCountedAgainFromTheStoreAfterARestart()
    {
        await using var first = await TestVenue.StartAsync();
        var secretariatCode = first.BootstrapCode!;
        var sitting = await PreparedSitting.CreateAsync(first, secretariatCode, deputies: 5);
        var codes = sitting.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        await using (var one = await first.SignInAsync(codes[0]))
        await using (var two = await first.SignInAsync(codes[1]))
        await using (var three = await first.SignInAsync(codes[2]))
        {
            await sitting.Secretariat.SetLeaveAsync(sitting.SittingId, PreparedSitting.Number(2), onLeave: true);
        }
        var before = await sitting.Secretariat.AttendanceAsync(sitting.SittingId);
        Assert.Equal((5, 2, 1, 2), (before.Expected, before.Present, before.OnLeave, before.Absent));
        await first.StopAsync();

        await using var restarted = await TestVenue.RestartOnAsync(first.DataDirectory);

        Assert.Equal(before, await restarted.Api(secretariatCode).AttendanceAsync(sitting.SittingId));
    }
}
