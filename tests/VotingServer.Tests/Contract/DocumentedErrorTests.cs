using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>Errors the server really gives appear, with their code, in docs/openapi.json and docs/hub-schema.json.</summary>
public sealed class DocumentedErrorTests
{
    [Fact]
    public async Task RefusalsTheServerGivesAreDeclaredForTheirEndpoint()
    {
        await using var venue = await TestVenue.StartAsync();
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3);
        var presidium = (await setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code;
        var (secretariat, deputy, ballot) = (venue.BootstrapCode!, setup.Codes[PreparedSitting.Number(0)], setup.Ballot.Id);
        using var http = venue.Http();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;

        (string Credential, HttpMethod Method, string Path, string Route, HttpContent? Body, string Expected)[] refusals =
        [
            (presidium, HttpMethod.Post, "/api/ballots/999/open", "/api/ballots/{ballotId}/open", null, ErrorCodes.NotFound),
            (presidium, HttpMethod.Post, $"/api/ballots/{ballot}/open", "/api/ballots/{ballotId}/open", null, ErrorCodes.QuorumNotMet),
            (presidium, HttpMethod.Post, $"/api/ballots/{ballot}/close", "/api/ballots/{ballotId}/close", null, ErrorCodes.BallotNotOpen),
            (deputy, HttpMethod.Get, $"/api/ballots/{ballot}/result", "/api/ballots/{ballotId}/result", null, ErrorCodes.BallotNotClosed),
            (deputy, HttpMethod.Get, "/api/sittings", "/api/sittings", null, ErrorCodes.Forbidden),
            ("NOT-A-CODE", HttpMethod.Get, "/api/me", "/api/me", null, ErrorCodes.CredentialUnknown),
            (secretariat, HttpMethod.Post, "/api/sittings", "/api/sittings", Json("{\"name\":\"\"}"), ErrorCodes.Invalid),
            (secretariat, HttpMethod.Post, "/api/sittings", "/api/sittings", new StringContent("{}", Encoding.UTF8, "text/plain"),
                ErrorCodes.Invalid),
            (secretariat, HttpMethod.Put, $"/api/sittings/{setup.SittingId}/roster", "/api/sittings/{sittingId}/roster", Json(""),
                ErrorCodes.RosterInvalid),
            (secretariat, HttpMethod.Delete, "/api/staff-credentials/1", "/api/staff-credentials/{credentialId}", null, ErrorCodes.Invalid),
            (secretariat, HttpMethod.Post, $"/api/ballots/{ballot}/publish", "/api/ballots/{ballotId}/publish", null,
                ErrorCodes.BallotNotClosed),
        ];
        foreach (var refusal in refusals) await AssertDeclaredAsync(http, document, refusal);

        // The sealed box: a secret ballot of a sitting with no scrutineer is not opened; another sitting's scrutineer
        // does not unseal a box.
        var bare = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 3, name: "无监票人测试会议", designateChief: false);
        foreach (var number in bare.Codes.Keys) await bare.Secretariat.SignInByHandAsync(bare.SittingId, number);
        await AssertDeclaredAsync(http, document, (presidium, HttpMethod.Post, $"/api/ballots/{bare.Ballot.Id}/open",
            "/api/ballots/{ballotId}/open", null, ErrorCodes.NoScrutineerKeys));
        await bare.Secretariat.AddCountingStaffAsync(bare.SittingId, new("本会监票人", CountingRole.ChiefScrutineer));
        await bare.Presidium.OpenBallotAsync(bare.Ballot.Id);
        await AssertDeclaredAsync(http, document, (setup.ChiefCode, HttpMethod.Post, $"/api/ballots/{bare.Ballot.Id}/unseal",
            "/api/ballots/{ballotId}/unseal", null, ErrorCodes.UnsealRefused));
        await AssertDeclaredAsync(http, document, (setup.ChiefCode, HttpMethod.Post, $"/api/ballots/{ballot}/unseal",
            "/api/ballots/{ballotId}/unseal", null, ErrorCodes.BallotNotOpen));
    }

    private static async Task AssertDeclaredAsync(
        HttpClient http, JsonNode document,
        (string Credential, HttpMethod Method, string Path, string Route, HttpContent? Body, string Expected) refusal)
    {
        var (credential, method, path, route, body, expected) = refusal;
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        using var response = await http.SendAsync(request);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var status = ((int)response.StatusCode).ToString();
        Assert.Equal(expected, problem["code"]!.GetValue<string>());
        var declared = document["paths"]![route]![method.Method.ToLowerInvariant()]!["responses"]![status]?["description"]
            ?.GetValue<string>().Split(", ") ?? [];
        Assert.True(declared.Contains(problem["code"]!.GetValue<string>()),
            $"{method} {route} answered {status} {problem["code"]}, which docs/openapi.json does not declare.");
    }

    [Fact]
    public async Task HubRefusalsAreListedForTheirMethod()
    {
        await using var venue = await TestVenue.StartAsync();
        await using var setup = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var ballot = await setup.OpenAsync(PreparedSitting.FiveChooseThree);
        using var http = venue.Http();
        var schema = JsonNode.Parse(await http.GetStringAsync(Realtime.HubSchema.Path))!;
        await using var presidium = await venue.ConnectAsync(
            (await setup.Setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code);
        var deputy = setup.Tablets[0];
        int[] fourMarks = [.. ballot.Items.Take(4).Select(i => i.Id)];

        (string Method, Func<Task> Call, string Expected)[] refusals =
        [
            (VenueHubProtocol.GetState, presidium.GetStateAsync, ErrorCodes.Forbidden),
            (VenueHubProtocol.WatchSitting, () => deputy.WatchSittingAsync(setup.Setup.SittingId), ErrorCodes.Forbidden),
            (VenueHubProtocol.WatchSitting, () => presidium.WatchSittingAsync(999), ErrorCodes.NotFound),
            (VenueHubProtocol.Cast, () => deputy.CastAsync(new(999, [], "cast-999-0001")), ErrorCodes.NotFound),
            (VenueHubProtocol.Cast, () => deputy.CastAsync(new(ballot.Id, [], "bad")), ErrorCodes.Malformed),
            (VenueHubProtocol.Cast, () => deputy.CastAsync(new(ballot.Id, [999], "cast-unknown-01")), ErrorCodes.UnknownItem),
            (VenueHubProtocol.Cast, () => deputy.CastAsync(new(ballot.Id, fourMarks, "cast-four-0001")), ErrorCodes.TooManyMarks),
        ];
        foreach (var (method, call, expected) in refusals)
        {
            var refused = await Assert.ThrowsAsync<VoterClient.VenueException>(call);
            Assert.Equal(expected, refused.Code);
            var listed = schema["methods"]![method]!["errors"]!.AsArray().Select(c => c!.GetValue<string>());
            Assert.True(listed.Contains(refused.Code), $"{method} answered {refused.Code}, which docs/hub-schema.json does not list.");
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
