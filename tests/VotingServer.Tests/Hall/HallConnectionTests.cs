using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Hall;

/// <summary>The typed hall client at its edges: a server of the list that does not answer, and a hall where none does.</summary>
public sealed class HallConnectionTests
{
    [Fact]
    public async Task SignInGoesOnToTheNextServerWhenTheFirstDoesNotAnswer()
    {
        await using var venue = await TestVenue.StartAsync();
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, 3);
        var nobody = new Uri($"https://127.0.0.1:{Attacks.ChildVenue.FreePort()}/");
        await using var tablet = new HallConnection([nobody, venue.Url], setup.Codes.First().Value, trust: venue.Trust);
        Uri? moved = null;
        tablet.Moved += server => moved = server;

        var state = await tablet.SignInAsync();

        Assert.Equal(venue.Url, tablet.Server);
        Assert.Equal(setup.SittingId, state.Sitting!.Id);
        Assert.Null(moved);
    }

    [Fact]
    public async Task ACastIsNeverAcknowledgedWhenNoServerAnswers()
    {
        await using var venue = await TestVenue.StartAsync();
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, 3);
        await using var tablet = new HallConnection([venue.Url], setup.Codes.First().Value, trust: venue.Trust)
        {
            GiveUpAfter = TimeSpan.FromSeconds(1),
        };
        await tablet.SignInAsync();
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tablet.Lost += _ => lost.TrySetResult();

        await venue.StopAsync();
        await lost.Task.WaitAsync(Waiting.Timeout);

        await Assert.ThrowsAsync<TimeoutException>(() =>
            tablet.CastAsync(new(setup.Ballot.Id, [setup.Ballot.Items[0].Id], VenueConnection.NewCastId())).WaitAsync(Waiting.Timeout));
    }
}
