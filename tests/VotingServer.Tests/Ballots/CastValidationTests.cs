using Microsoft.AspNetCore.SignalR.Client;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>Every refused cast gets its code and leaves the box as it was.</summary>
public sealed class CastValidationTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task EveryBadCastIsRefusedWithItsCodeAndRecordsNothing()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 6);
        var other = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3, name: "另一镇人民代表大会第一次会议");
        var tablets = new List<VenueConnection>();
        foreach (var code in sitting.Codes.Values) tablets.Add(await venue.SignInAsync(code));
        await using var outsider = await venue.SignInAsync(other.Codes.Values.First());
        var ballot = sitting.Ballot.Id;
        int a = sitting.Project(0), b = sitting.Project(1);

        await Refused(ErrorCodes.BallotNotOpen, tablets[0].CastAsync(new CastRequest(ballot, [a], VenueConnection.NewCastId())));
        await sitting.Presidium.OpenBallotAsync(ballot);

        await Refused(ErrorCodes.BallotNotIssued, outsider.CastAsync(new CastRequest(ballot, [a], VenueConnection.NewCastId())));
        await Refused(ErrorCodes.UnknownItem, tablets[0].CastAsync(new CastRequest(ballot, [a, 999_999], VenueConnection.NewCastId())));
        await Refused(ErrorCodes.TooManyMarks, tablets[0].CastAsync(new CastRequest(ballot, [.. sitting.Ballot.Items.Select(p => p.Id)], VenueConnection.NewCastId())));
        await Refused(ErrorCodes.Malformed, tablets[0].CastAsync(new CastRequest(ballot, [a, a], VenueConnection.NewCastId())));
        await Refused(ErrorCodes.Malformed, tablets[0].CastAsync(new CastRequest(ballot, [a], "short")));
        await Refused(ErrorCodes.Malformed, tablets[0].CastAsync(new CastRequest(ballot, null!, VenueConnection.NewCastId())));
        await Refused(ErrorCodes.Malformed, tablets[0].Hub.InvokeAsync<CastReceipt>(VenueHubProtocol.Cast, (object?)null), parse: true);
        await Refused(ErrorCodes.NotFound, tablets[0].CastAsync(new CastRequest(ballot + 1000, [a], VenueConnection.NewCastId())));

        var first = new CastRequest(ballot, [a, b], VenueConnection.NewCastId());
        Assert.False((await tablets[0].CastAsync(first)).Duplicate);
        Assert.True((await tablets[0].CastAsync(first)).Duplicate);
        await Refused(ErrorCodes.AlreadyCast, tablets[0].CastAsync(new CastRequest(ballot, [b], VenueConnection.NewCastId())));

        var result = await sitting.Presidium.CloseBallotAsync(ballot);
        Assert.Equal((6, 1, 1, 0), (result.Issued, result.Returned, result.Valid, result.Invalid));
        Assert.Equal([1, 1, 0, 0, 0], result.Items.Select(p => p.Votes));
        await Refused(ErrorCodes.BallotNotOpen, tablets[1].CastAsync(new CastRequest(ballot, [a], VenueConnection.NewCastId())));
        Assert.True((await tablets[0].CastAsync(first)).Duplicate);
        Assert.Equal(1, (await sitting.Secretariat.ResultAsync(ballot)).Returned);
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
    }

    [Fact]
    public async Task ADeputySignedInAfterOpeningIsIssuedABallot()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4);
        var codes = sitting.Codes.OrderBy(c => c.Key).Select(c => c.Value).ToList();
        var early = new List<VenueConnection>();
        foreach (var code in codes.Take(3)) early.Add(await venue.SignInAsync(code));
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);

        await using var late = await venue.SignInAsync(codes[3]);
        var state = await late.GetStateAsync();
        Assert.Equal(new MyBallotStatus(sitting.Ballot.Id, Issued: true, Cast: false), Assert.Single(state.MyBallots));
        Assert.Equal(sitting.Ballot.Id, Assert.Single(state.OpenBallots).Id);
        await late.CastAsync(new CastRequest(sitting.Ballot.Id, [sitting.Project(0)], VenueConnection.NewCastId()));

        var result = await sitting.Presidium.CloseBallotAsync(sitting.Ballot.Id);
        Assert.Equal((4, 1), (result.Issued, result.Returned));
        await Task.WhenAll(early.Select(t => t.DisposeAsync().AsTask()));
    }

    private static async Task Refused<T>(string code, Task<T> cast, bool parse = false)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => cast);
        if (parse)
        {
            Assert.True(HubErrorFormat.TryParse(error.Message, out var parsed, out _), error.Message);
            Assert.Equal(code, parsed);
            return;
        }
        var venueError = Assert.IsType<VenueException>(error);
        Assert.Equal(code, venueError.Code);
        Assert.False(string.IsNullOrWhiteSpace(venueError.Message));
    }
}
