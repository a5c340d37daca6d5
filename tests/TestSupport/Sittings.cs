using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.TestSupport;

/// <summary>A small sitting with every deputy signed in, ready for a ballot of any kind.</summary>
public sealed record SignedInSitting(PreparedSitting Setup, IReadOnlyList<VenueConnection> Tablets) : IAsyncDisposable
{
    /// <summary>A prepared sitting with its first <paramref name="signedIn"/> deputies (all by default) signed in on tablets.</summary>
    public static async Task<SignedInSitting> CreateAsync(TestVenue venue, int deputies, int? signedIn = null)
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies);
        var tablets = new List<VenueConnection>();
        foreach (var (_, code) in setup.Codes.OrderBy(c => c.Key).Take(signedIn ?? deputies)) tablets.Add(await venue.SignInAsync(code));
        return new SignedInSitting(setup, tablets);
    }

    public VenueApiClient Presidium => Setup.Presidium;

    public Task<BallotView> CreateAsync(CreateBallotRequest request) => Setup.Secretariat.CreateBallotAsync(Setup.SittingId, request);

    /// <summary>Creates and opens a ballot.</summary>
    public async Task<BallotView> OpenAsync(CreateBallotRequest request) => await Presidium.OpenBallotAsync((await CreateAsync(request)).Id);

    public Task<CastReceipt> ChooseAsync(int deputy, BallotView ballot, params (int Item, string Option)[] choices) =>
        Tablets[deputy].CastAsync(new CastRequest(ballot.Id, null, VenueConnection.NewCastId(),
            [.. choices.Select(c => new ItemChoice(ballot.Items[c.Item].Id, c.Option))]));

    public Task<CastReceipt> MarkAsync(int deputy, BallotView ballot, params int[] items) =>
        Tablets[deputy].CastAsync(new CastRequest(ballot.Id, [.. items.Select(i => ballot.Items[i].Id)], VenueConnection.NewCastId()));

    public async ValueTask DisposeAsync()
    {
        foreach (var tablet in Tablets) await tablet.DisposeAsync();
    }
}
