using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

public sealed class SecrecySettingTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Theory]
    [InlineData(BallotKind.Motion, null)]
    [InlineData(BallotKind.Satisfaction, null)]
    [InlineData(BallotKind.Appraisal, BallotPurposes.SuggestionHandling)]
    public async Task OnlyASuggestionHandlingRatingMayBeNamed(BallotKind kind, string? purpose)
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var refused = await Assert.ThrowsAsync<VenueException>(() => sitting.Secretariat.CreateBallotAsync(sitting.SittingId,
            new("记名测评", Items: [new("某局")], Kind: kind, Secret: false, Purpose: purpose)));
        Assert.Equal(ErrorCodes.NamedNotAllowed, refused.Code);
        Assert.Single(await sitting.Secretariat.BallotsAsync(sitting.SittingId));
    }

    [Fact]
    public async Task ANamedRatingIsStoredBesideTheDeputyAndTheResultSaysSo()
    {
        // Its own server: the test reads the database file.
        await using var venue = await TestVenue.StartAsync();
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var ballot = await sitting.OpenAsync(new("代表建议办理满意度评价", Kind: BallotKind.Satisfaction, Secret: false,
            Purpose: BallotPurposes.SuggestionHandling, Items: [new("镇交通运输管理站")]));
        Assert.False(ballot.Secret);
        await sitting.ChooseAsync(0, ballot, (0, "basically-satisfied"));
        var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
        Assert.False(result.Secret);
        Assert.Equal(BallotPurposes.SuggestionHandling, result.Settings.Purpose);
        Assert.Equal(1, result.Items[0].Counts.Single(c => c.Option == ChoiceOption.BasicallySatisfied).Count);

        using var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM NamedVotes WHERE BallotId = $b), (SELECT COUNT(*) FROM BallotBox WHERE BallotId = $b)";
        command.Parameters.AddWithValue("$b", ballot.Id);
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal((1L, 0L), (reader.GetInt64(0), reader.GetInt64(1)));
    }
}
