using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>A page that (re)connects mid-vote reads the counts once instead of waiting for the next push.</summary>
public sealed class ProgressTests
{
    [Fact]
    public async Task StaffAndTheSittingsBigScreenReadTheProgressOfOpenBallots()
    {
        await using var venue = await TestVenue.StartAsync();
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 4);
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        await sitting.MarkAsync(0, ballot, 0);
        var screen = venue.Api((await sitting.Setup.Secretariat.CreateViewerLinkAsync(sitting.Setup.SittingId)).Code);

        Assert.Equal([new BallotProgress(ballot.Id, 4, 1)], await sitting.Presidium.ProgressAsync(sitting.Setup.SittingId));
        Assert.Equal([new BallotProgress(ballot.Id, 4, 1)], await screen.ProgressAsync(sitting.Setup.SittingId));
        var other = await sitting.Setup.Secretariat.CreateSittingAsync(new CreateSittingRequest("另一次会议"));
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => screen.ProgressAsync(other.Id))).Code);
        Assert.Equal(ErrorCodes.Forbidden,
            (await Assert.ThrowsAsync<VenueException>(() => venue.Api(sitting.Setup.Codes.Values.First()).ProgressAsync(sitting.Setup.SittingId))).Code);

        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        Assert.Empty(await screen.ProgressAsync(sitting.Setup.SittingId));
    }
}
