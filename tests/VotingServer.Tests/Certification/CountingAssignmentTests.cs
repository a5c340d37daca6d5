using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Certification;

public sealed class CountingAssignmentTests
{
    [Fact]
    public async Task AScrutineerFindsTheSittingsTheyWereDesignatedFor()
    {
        await using var venue = await TestVenue.StartAsync();
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var other = await sitting.Secretariat.CreateSittingAsync(new CreateSittingRequest("另一次会议"));
        var chief = sitting.Chief!;
        await sitting.Secretariat.AddCountingStaffAsync(other.Id, new("杨春梅", CountingRole.Scrutineer));

        var mine = await venue.Api(chief.Credential!.Code).MyCountingAssignmentsAsync();
        Assert.Equal([(sitting.SittingId, "陈海涛", CountingRole.ChiefScrutineer)], mine.Select(a => (a.Sitting.Id, a.Staff.Name, a.Staff.Role)));
        Assert.Equal(ErrorCodes.Forbidden,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Secretariat.MyCountingAssignmentsAsync())).Code);
        Assert.Equal(ErrorCodes.Forbidden,
            (await Assert.ThrowsAsync<VenueException>(() => venue.Api(sitting.Codes.Values.First()).MyCountingAssignmentsAsync())).Code);
    }
}
