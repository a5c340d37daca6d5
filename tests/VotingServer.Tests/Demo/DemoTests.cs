using System.Text.RegularExpressions;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Demo;

public sealed partial class DemoTests
{
    [Fact]
    public async Task TheDemoSittingHasABallotOfEveryKindAndWorkingCredentials()
    {
        await using var venue = await TestVenue.StartAsync();
        var printed = await venue.SeedDemoAsync();
        var presidium = venue.Api(CodeOf(printed, "presidium"));
        var secretariat = venue.Api(CodeOf(printed, "secretariat"));
        Assert.Equal(Role.Presidium, (await presidium.MeAsync()).Role);

        var sitting = Assert.Single(await secretariat.SittingsAsync());
        Assert.Equal("恒口镇第二十届人民代表大会第三次会议", sitting.Name);
        Assert.Equal(45, (await secretariat.RosterAsync(sitting.Id)).Count);
        var agenda = await secretariat.BallotsAsync(sitting.Id);
        Assert.Equal(Enum.GetValues<BallotKind>().Order(), agenda.Select(b => b.Kind).Distinct().Order());
        Assert.Equal([4, 12, 24], agenda.Where(b => b.Kind == BallotKind.Appraisal)
            .SelectMany(b => b.Items).GroupBy(i => i.Group).Select(g => g.Count()).Order());
        Assert.Equal(11, agenda.Single(b => b.Kind == BallotKind.Satisfaction).Items.Count);

        var sheet = await File.ReadAllTextAsync(Path.Combine(venue.DataDirectory, "demo-credential-sheet.html"));
        var codes = PreparedSitting.ParseSheet(sheet);
        Assert.Equal(45, codes.Count);
        Assert.Equal("HK001", (await venue.Api(codes["HK001"]).MeAsync()).DeputyNumber);

        // A second `--demo` start issues fresh codes and keeps the one sitting.
        await venue.SeedDemoAsync();
        Assert.Single(await secretariat.SittingsAsync());
        Assert.Equal(ErrorCodes.CredentialRevoked,
            (await Assert.ThrowsAsync<VoterClient.VenueException>(() => venue.Api(codes["HK001"]).MeAsync())).Code);
    }

    private static string CodeOf(string printed, string role) => RolePattern().Matches(printed).Single(m => m.Groups["role"].Value == role).Groups["code"].Value;

    [GeneratedRegex(@"\((?<role>[a-z]+)\): (?<code>[0-9A-Z-]+)")]
    private static partial Regex RolePattern();
}
