using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

public sealed class DurabilityTests
{
    [Fact]
    public async Task AckedBallotsSurviveARestartAndAreCountedOnce()
    {
        await using var first = await TestVenue.StartAsync();
        var secretariatCode = first.BootstrapCode!;
        var sitting = await PreparedSitting.CreateAsync(first, secretariatCode, deputies: 12);
        var tablets = new List<VenueConnection>();
        foreach (var code in sitting.Codes.Values) tablets.Add(await first.SignInAsync(code));
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);
        int a = sitting.Project(0), b = sitting.Project(1), c = sitting.Project(2);
        var casts = tablets.Select((t, i) => new CastRequest(sitting.Ballot.Id, i < 8 ? [a, b] : [c], VenueConnection.NewCastId())).ToList();
        await Task.WhenAll(tablets.Select((t, i) => t.CastAsync(casts[i])));
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
        await first.StopAsync();

        await using var second = await TestVenue.RestartOnAsync(first.DataDirectory);
        Assert.Null(second.BootstrapCode);
        // A tablet whose ack was lost resends the same cast to the restarted server: recognised, not counted again.
        await using (var resending = await second.SignInAsync(sitting.Codes[PreparedSitting.Number(0)]))
        {
            Assert.True((await resending.CastAsync(casts[0])).Duplicate);
            var state = await resending.GetStateAsync();
            Assert.Equal(new MyBallotStatus(sitting.Ballot.Id, Issued: true, Cast: true), Assert.Single(state.MyBallots));
        }
        var presidium = second.Api(await PresidiumCode(second, secretariatCode));
        // The restart lost the box key from memory: the box stays sealed until a scrutineer's card unseals it.
        Assert.Equal(ErrorCodes.BoxSealed, (await Assert.ThrowsAsync<VenueException>(() => presidium.CloseBallotAsync(sitting.Ballot.Id))).Code);
        Assert.False((await second.Api(sitting.ChiefCode).UnsealBoxAsync(sitting.Ballot.Id)).Sealed);
        var result = await presidium.CloseBallotAsync(sitting.Ballot.Id);
        Assert.Equal((12, 12, 12, 0), (result.Issued, result.Returned, result.Valid, result.Invalid));
        Assert.Equal([8, 8, 4, 0, 0], result.Items.Select(p => p.Votes));
        await second.StopAsync();

        await using var third = await TestVenue.RestartOnAsync(first.DataDirectory);
        Assert.Equal(result, await third.Api(secretariatCode).ResultAsync(sitting.Ballot.Id), ResultComparer.Instance);
    }

    private static async Task<string> PresidiumCode(TestVenue venue, string secretariatCode) =>
        (await venue.Api(secretariatCode).IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code;
}
