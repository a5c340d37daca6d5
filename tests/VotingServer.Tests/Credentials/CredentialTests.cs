using System.Net;
using System.Net.Http.Headers;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Credentials;

public sealed class CredentialTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ReissueRevokesTheOldCodeAndTheNewOneSignsIn()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var number = PreparedSitting.Number(0);
        var oldCode = sitting.Codes[number];
        Assert.Equal(new IdentityView(Role.Deputy, "测试001", number, sitting.SittingId), await venue.Api(oldCode).MeAsync());

        var reissued = await sitting.Secretariat.ReissueCredentialAsync(sitting.SittingId, number);
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.Api(oldCode).MeAsync())).Code);
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.SignInAsync(oldCode))).Code);
        await using var tablet = await venue.SignInAsync(reissued.Code.ToLowerInvariant());
        Assert.Equal(number, (await tablet.GetStateAsync()).Me.DeputyNumber);

        await sitting.Secretariat.RevokeCredentialAsync(sitting.SittingId, number);
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.Api(reissued.Code).MeAsync())).Code);
    }

    [Fact]
    public async Task QrEndpointReturnsAPngWhoseCodeSignsIn()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2);
        using var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", venue.BootstrapCode);
        using var response = await http.PostAsync($"api/sittings/{sitting.SittingId}/deputies/{PreparedSitting.Number(1)}/credential/qr", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await response.Content.ReadAsByteArrayAsync())[..4]);
        var code = response.Headers.GetValues("X-Credential-Code").Single();
        Assert.Equal(PreparedSitting.Number(1), (await venue.Api(code).MeAsync()).DeputyNumber);
    }

    [Fact]
    public async Task CredentialSheetHasOneCardPerCurrentDeputy()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 45);
        var html = await sitting.Secretariat.IssueCredentialSheetAsync(sitting.SittingId);
        Assert.Contains("size: A4", html);
        Assert.Equal(45, PreparedSitting.ParseSheet(html).Count);
        Assert.Equal(45, html.Split("data:image/png;base64,").Length - 1);
        Assert.Contains("测试001", html);
        // Printing a new sheet reissues every code: the earlier sheet no longer works.
        Assert.Equal(ErrorCodes.CredentialRevoked,
            (await Assert.ThrowsAsync<VenueException>(() => venue.Api(sitting.Codes.Values.First()).MeAsync())).Code);
    }

    [Fact]
    public async Task EachRoleReachesOnlyItsOwnActions()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var deputy = venue.Api(sitting.Codes.Values.First());
        var scrutineer = venue.Api((await sitting.Secretariat.IssueStaffCredentialAsync(Role.Scrutineer, "监票人")).Code);
        foreach (var code in sitting.Codes.Values) await (await venue.SignInAsync(code)).DisposeAsync();

        await Forbidden(() => deputy.OpenBallotAsync(sitting.Ballot.Id));
        await Forbidden(() => scrutineer.OpenBallotAsync(sitting.Ballot.Id));
        await Forbidden(() => sitting.Secretariat.OpenBallotAsync(sitting.Ballot.Id));
        await Forbidden(() => deputy.CreateSittingAsync(new CreateSittingRequest("冒名会议")));
        await Forbidden(() => deputy.IssueStaffCredentialAsync(Role.Presidium, "冒名主席"));
        await Forbidden(() => deputy.RosterAsync(sitting.SittingId));
        await Forbidden(() => sitting.Presidium.ImportRosterAsync(sitting.SittingId, "姓名,代表证号\n甲,X1"u8.ToArray()));
        Assert.Equal(BallotState.Draft, Assert.Single(await sitting.Secretariat.BallotsAsync(sitting.SittingId)).State);
        Assert.Equal(3, (await sitting.Secretariat.RosterAsync(sitting.SittingId)).Count);

        await using var presidiumTablet = await venue.ConnectAsync((await sitting.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "主席")).Code);
        var cast = await Assert.ThrowsAsync<VenueException>(() =>
            presidiumTablet.CastAsync(new CastRequest(sitting.Ballot.Id, [sitting.Project(0)], VenueConnection.NewCastId())));
        Assert.Equal(ErrorCodes.Forbidden, cast.Code);
        await using var deputyTablet = await venue.SignInAsync(sitting.Codes.Values.First());
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => deputyTablet.WatchSittingAsync(sitting.SittingId))).Code);

        var anonymous = await Assert.ThrowsAsync<VenueException>(() => venue.Api("").MeAsync());
        Assert.Equal((ErrorCodes.Unauthenticated, 401), (anonymous.Code, anonymous.HttpStatus));
    }

    private static async Task Forbidden(Func<Task> action)
    {
        var error = await Assert.ThrowsAsync<VenueException>(action);
        Assert.Equal((ErrorCodes.Forbidden, 403), (error.Code, error.HttpStatus));
        Assert.Equal("您的凭证无权执行此操作。", error.Message);
    }
}
