using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Credentials;

public sealed class StaffCredentialTests
{
    [Fact]
    public async Task AViewerLinkWatchesItsOwnSittingAndChangesNothing()
    {
        await using var venue = await TestVenue.StartAsync();
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var other = await sitting.Secretariat.CreateSittingAsync(new CreateSittingRequest("另一次会议"));
        var link = await sitting.Secretariat.CreateViewerLinkAsync(sitting.SittingId);
        Assert.Equal($"/screen/#{link.Code}", link.Path);

        await using var screen = await venue.ConnectAsync(link.Code);
        var state = await screen.WatchSittingAsync(sitting.SittingId);
        Assert.Equal((Role.Viewer, sitting.SittingId), (state.Me.Role, state.Me.SittingId));
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => screen.WatchSittingAsync(other.Id))).Code);
        var viewer = venue.Api(link.Code);
        Assert.Single(await viewer.BallotsAsync(sitting.SittingId));
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => viewer.OpenBallotAsync(sitting.Ballot.Id))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => viewer.RosterAsync(sitting.SittingId))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() =>
            screen.CastAsync(new CastRequest(sitting.Ballot.Id, [sitting.Project(0)], VenueConnection.NewCastId())))).Code);
    }

    [Fact]
    public async Task StaffCredentialsAreListedWithoutCodesAndRevokedButNeverTheLastSecretariat()
    {
        await using var venue = await TestVenue.StartAsync();
        var secretariat = venue.Api(venue.BootstrapCode!);
        var presidium = await secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席");
        var listed = await secretariat.StaffCredentialsAsync();
        Assert.Equal([(Role.Secretariat, false), (Role.Presidium, false)], listed.Select(c => (c.Role, c.Revoked)));

        await secretariat.RevokeStaffCredentialAsync(listed[1].Id);
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.Api(presidium.Code).MeAsync())).Code);
        var last = await Assert.ThrowsAsync<VenueException>(() => secretariat.RevokeStaffCredentialAsync(listed[0].Id));
        Assert.Equal(ErrorCodes.Invalid, last.Code);
        Assert.Equal(Role.Secretariat, (await secretariat.MeAsync()).Role);
    }

    [Fact]
    public async Task TheLastSecretariatCredentialSurvivesTwoRevocationsAtOnce()
    {
        await using var venue = await TestVenue.StartAsync();
        var first = venue.Api((await venue.Api(venue.BootstrapCode!).IssueStaffCredentialAsync(Role.Secretariat, "秘书处甲")).Code);
        await first.IssueStaffCredentialAsync(Role.Secretariat, "秘书处乙");
        var ids = (await first.StaffCredentialsAsync()).Where(c => c.Role == Role.Secretariat && !c.Revoked).Select(c => c.Id).ToList();

        var outcome = await Storage.Concurrently.FireAsync(2, i => first.RevokeStaffCredentialAsync(ids[i]));
        Assert.Single(outcome.Done);
        // Refused as the last secretariat credential; or, when 甲 revoked itself first, because 甲's code was already
        // revoked when the second request was authenticated. Either way exactly one secretariat credential is left.
        Assert.Contains(Assert.Single(outcome.Refused).Code, new[] { ErrorCodes.Invalid, ErrorCodes.CredentialRevoked });
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var active = connection.CreateCommand();
        active.CommandText = "SELECT COUNT(*) FROM Credentials WHERE Role = 'secretariat' AND RevokedAt IS NULL";
        Assert.Equal(1L, active.ExecuteScalar());
    }

    [Fact]
    public async Task TheBootstrapCredentialEndsWhenANamedSecretariatIsIssued()
    {
        await using var venue = await TestVenue.StartAsync();
        var bootstrap = venue.Api(venue.BootstrapCode!);
        await bootstrap.IssueStaffCredentialAsync(Role.Presidium, "执行主席");
        Assert.Equal(Role.Secretariat, (await bootstrap.MeAsync()).Role);
        var refused = await Assert.ThrowsAsync<VenueException>(() => bootstrap.IssueStaffCredentialAsync(Role.Secretariat, "初始秘书处"));
        Assert.Equal(ErrorCodes.Invalid, refused.Code);

        var named = venue.Api((await bootstrap.IssueStaffCredentialAsync(Role.Secretariat, "秘书处甲")).Code);

        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => bootstrap.MeAsync())).Code);
        Assert.Equal([("初始秘书处", true), ("执行主席", false), ("秘书处甲", false)],
            (await named.StaffCredentialsAsync()).Select(c => (c.Name, c.Revoked)));
        await venue.StopAsync();
        await using var restarted = await TestVenue.RestartOnAsync(venue.DataDirectory);
        Assert.Null(restarted.BootstrapCode);
    }
}
