using System.Text.Json.Nodes;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.OpenApi;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>docs/openapi.json is what the server serves at /openapi/v1.json (regenerate: see <see cref="ContractFile"/>).</summary>
public sealed class OpenApiContractTests
{
    private const string CommittedFile = "docs/openapi.json";

    [Fact]
    public async Task ServedOpenApiDocumentIsTheCommittedOne()
    {
        ContractFile.AssertMatches(CommittedFile, await ServedAsync());
    }

    [Fact]
    public async Task EveryOperationHasACatalogueEntryAndEveryEntryAnOperation()
    {
        var document = JsonNode.Parse(await ServedAsync())!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => $"{op.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();

        Assert.Empty(operations.Except(EndpointCatalogue.Entries.Keys).Order());
        Assert.Empty(EndpointCatalogue.Entries.Keys.Except(operations).Order());
    }

    private static async Task<string> ServedAsync()
    {
        await using var venue = await TestVenue.StartAsync();
        using var http = venue.Http();
        return await http.GetStringAsync("/openapi/v1.json");
    }
}
