using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Roster;

public sealed class RosterImportTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ABadRosterFileImportsNothingAndSaysWhichRows()
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new CreateSittingRequest("测试镇第一次会议"));
        Assert.Equal(new RosterImported(3, 0, 3), await secretariat.ImportRosterAsync(sitting.Id, Csv("甲,A1,在任\n乙,A2,在任\n丙,A3,在任")));

        var error = await Assert.ThrowsAsync<VenueException>(() =>
            secretariat.ImportRosterAsync(sitting.Id, Csv("甲改名,A1,暂停执行代表职务\n丁,A4,在任\n,A5,在任")));
        Assert.Equal((ErrorCodes.RosterInvalid, 422), (error.Code, error.HttpStatus));
        Assert.Equal(4, Assert.Single(error.RowErrors).Row);
        var roster = await secretariat.RosterAsync(sitting.Id);
        Assert.Equal(["甲", "乙", "丙"], roster.Select(d => d.Name));
        Assert.All(roster, d => Assert.Equal(DeputyStatus.Current, d.Status));

        // Matched by 代表证号 whatever its case; a file without a leave column keeps the leave marked in the meantime.
        await secretariat.SetLeaveAsync(sitting.Id, "a2", onLeave: true);
        Assert.Equal(new RosterImported(1, 1, 4), await secretariat.ImportRosterAsync(sitting.Id, Csv("甲改名,a1,暂停执行代表职务\n丁,A4,在任")));
        var updated = await secretariat.RosterAsync(sitting.Id);
        Assert.Equal(["甲改名", "乙", "丙", "丁"], updated.Select(d => d.Name));
        Assert.Equal([false, true, false, false], updated.Select(d => d.OnLeave));
        var attendance = await secretariat.AttendanceAsync(sitting.Id);
        Assert.Equal((3, 1), (attendance.Expected, attendance.OnLeave));
    }

    [Fact]
    public async Task TheRosterCannotChangeWhileABallotIsOpen()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        foreach (var code in sitting.Codes.Values) await (await venue.SignInAsync(code)).DisposeAsync();
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);
        var error = await Assert.ThrowsAsync<VenueException>(() =>
            sitting.Secretariat.ImportRosterAsync(sitting.SittingId, Csv("新代表,Z9,在任")));
        Assert.Equal(ErrorCodes.RosterLocked, error.Code);
        Assert.Equal(3, (await sitting.Secretariat.RosterAsync(sitting.SittingId)).Count);
    }

    private static byte[] Csv(string rows) => Encoding.UTF8.GetBytes("姓名,代表证号,状态\n" + rows);
}
