using Microsoft.AspNetCore.SignalR.Client;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Credentials;

/// <summary>A revocation is seen by the next call on any connection, and ends the hub sessions the credential holds.</summary>
public sealed class RevocationTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task RevokingAViewerLinkEndsItsBigScreenSession()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var link = await sitting.Secretariat.CreateViewerLinkAsync(sitting.SittingId);
        await using var screen = await venue.ConnectAsync(link.Code);
        await screen.WatchSittingAsync(sitting.SittingId);
        var closed = Closed(screen);

        var viewer = Assert.Single(await sitting.Secretariat.StaffCredentialsAsync(), c => c.Role == Role.Viewer);
        await sitting.Secretariat.RevokeStaffCredentialAsync(viewer.Id);

        await closed.WaitAsync(Waiting.Timeout);
        Assert.Equal(HubConnectionState.Disconnected, screen.Hub.State);
        var refused = await Assert.ThrowsAsync<VenueException>(() => venue.ConnectAsync(link.Code));
        Assert.Equal(ErrorCodes.CredentialRevoked, refused.Code);
    }

    [Fact]
    public async Task ARevokedDeputyCredentialEndsTheTabletSessionAndCannotCast()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var ballot = await sitting.Presidium.OpenBallotAsync(sitting.Setup.Ballot.Id);
        var tablet = sitting.Tablets[0];
        var closed = Closed(tablet);

        await sitting.Setup.Secretariat.RevokeCredentialAsync(sitting.Setup.SittingId, PreparedSitting.Number(0));

        await closed.WaitAsync(Waiting.Timeout);
        var code = sitting.Setup.Codes[PreparedSitting.Number(0)];
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.SignInAsync(code))).Code);
        var progress = Assert.Single(await sitting.Setup.Secretariat.ProgressAsync(sitting.Setup.SittingId));
        Assert.Equal((ballot.Id, 0), (progress.BallotId, progress.Cast));
    }

    [Fact]
    public async Task AReissuedDeputyCredentialWorksAtOnceAndTheOldOneNoLonger()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var old = sitting.Codes[PreparedSitting.Number(1)];
        await using var before = await venue.SignInAsync(old);
        var closed = Closed(before);

        var reissued = await sitting.Secretariat.ReissueCredentialAsync(sitting.SittingId, PreparedSitting.Number(1));

        await using var after = await venue.SignInAsync(reissued.Code);
        Assert.Equal(PreparedSitting.Number(1), (await after.GetStateAsync()).Me.DeputyNumber);
        await closed.WaitAsync(Waiting.Timeout);
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.Api(old).MeAsync())).Code);
    }

    private static Task Closed(VenueConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
