using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>What the fuzz found, each kept as a plain test once fixed.</summary>
public sealed class FuzzFindingTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    /// <summary>A role sent as 7 used to be stored as a role that does not exist, and listing the staff then failed.</summary>
    [Fact]
    public async Task AClosedSetSentAsANumberIsRefusedAndBreaksNothing()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2, designateChief: false);
        using var http = new RawHttp(venue);
        (string Path, string Body)[] numbered =
        [
            ($"api/sittings/{sitting.SittingId}/counting-staff", """{"name":"监票人","role":7}"""),
            ($"api/sittings/{sitting.SittingId}/counting-staff", """{"name":"监票人","role":0}"""),
            ("api/staff-credentials", """{"name":"执行主席","role":1}"""),
            ($"api/sittings/{sitting.SittingId}/ballots", """{"title":"决议","kind":4}"""),
        ];
        foreach (var (path, body) in numbered)
        {
            var json = new StringContent(body, Encoding.UTF8, "application/json");
            var refused = await http.SendAsync(HttpMethod.Post, path, venue.BootstrapCode, json);
            Assert.Equal((400, ErrorCodes.Invalid), refused);
        }
        Assert.Empty(await sitting.Secretariat.CountingStaffAsync(sitting.SittingId));
    }

    /// <summary>
    /// Every deputy number used to become an SQL parameter, and a list past SQLite's limit of 32,766 was a 500. The
    /// lists here are as long as a body within the 256 KB limit can carry.
    /// </summary>
    [Fact]
    public async Task ACredentialSheetForAHugeListOfNumbersIsRefusedAsNotFound()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2);
        using var http = new RawHttp(venue);
        // Longer than a roster can be: refused by the list's limit.
        var tooLong = await SheetAsync(http, sitting, Enumerable.Repeat("x", 60_000));
        Assert.Equal((400, ErrorCodes.Invalid), tooLong);
        // As long as a roster can be, naming no one here.
        Assert.Equal((404, ErrorCodes.NotFound), await SheetAsync(http, sitting, Enumerable.Range(0, Limits.Deputies).Select(i => $"D{i:000000}")));
        var sheet = await sitting.Secretariat.IssueCredentialSheetAsync(sitting.SittingId, [PreparedSitting.Number(1), "d002"]);
        Assert.Single(PreparedSitting.ParseSheet(sheet));
    }

    private Task<(int Status, string? Code)> SheetAsync(RawHttp http, PreparedSitting sitting, IEnumerable<string> numbers) =>
        http.SendAsync(HttpMethod.Post, $"api/sittings/{sitting.SittingId}/credentials/sheet", venue.BootstrapCode,
            new StringContent(System.Text.Json.JsonSerializer.Serialize(new IssueCredentialsRequest([.. numbers])), Encoding.UTF8, "application/json"));
}
