using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>docs/hub-schema.json is what the server serves at <see cref="HubSchema.Path"/> (regenerate: see <see cref="ContractFile"/>).</summary>
public sealed class HubSchemaContractTests
{
    [Fact]
    public async Task ServedHubSchemaIsTheCommittedOne()
    {
        await using var venue = await TestVenue.StartAsync();
        using var http = venue.Http();
        ContractFile.AssertMatches("docs/hub-schema.json", await http.GetStringAsync(HubSchema.Path));
    }
}
