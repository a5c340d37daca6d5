using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>
/// What the fuzz aims at: the callers and their sitting (with a closed, an open and a draft ballot, which HTTP cases
/// may change at will), a sitting of its own for the hub cases, and the two schema documents that say what each body
/// and argument should look like.
/// </summary>
public sealed record FuzzTargets(
    AttackCallers Callers, JsonNode OpenApi, JsonNode HubSchema, IReadOnlyList<int> BallotIds,
    PreparedSitting HubSitting, IReadOnlyList<int> HubIds, IReadOnlyList<VenueConnection> Tablets) : IAsyncDisposable
{
    public static async Task<FuzzTargets> PrepareAsync(TestVenue venue)
    {
        // A named secretariat: a fuzzed secretariat credential ends the bootstrap one and would lock the fuzz out.
        var secretariatCode = (await venue.Api(venue.BootstrapCode!).IssueStaffCredentialAsync(Role.Secretariat, "检测秘书处")).Code;
        var callers = await AttackCallers.CreateAsync(venue, secretariatCode);
        var sitting = callers.Sitting;
        var tablets = new List<VenueConnection>();
        foreach (var number in new[] { 0, 2, 3, 4 }.Select(PreparedSitting.Number))
            tablets.Add(await venue.SignInAsync(sitting.Codes[number]));
        await sitting.Presidium.OpenBallotAsync(callers.BallotId);
        await tablets[0].CastAsync(new CastRequest(callers.BallotId, [sitting.Project(0)], VenueConnection.NewCastId()));
        await sitting.Presidium.CloseBallotAsync(callers.BallotId);
        var motion = new CreateBallotRequest("关于表决办法的决定", Kind: BallotKind.Motion);
        var open = await sitting.Secretariat.CreateBallotAsync(callers.SittingId, motion);
        await sitting.Presidium.OpenBallotAsync(open.Id);
        var draft = await sitting.Secretariat.CreateBallotAsync(callers.SittingId, PreparedSitting.FiveChooseThree);

        var hubSitting = await PreparedSitting.CreateAsync(venue, secretariatCode, deputies: 4, name: "集镇人民代表大会第二次会议");
        foreach (var code in hubSitting.Codes.Values) tablets.Add(await venue.SignInAsync(code));
        await hubSitting.Presidium.OpenBallotAsync(hubSitting.Ballot.Id);

        using var http = venue.Http();
        return new FuzzTargets(
            callers, JsonNode.Parse(await http.GetStringAsync("openapi/v1.json"))!,
            JsonNode.Parse(await http.GetStringAsync(VenueHubProtocol.Path.TrimStart('/') + ".schema.json"))!,
            [callers.BallotId, open.Id, draft.Id, callers.OtherSitting.Ballot.Id],
            hubSitting, [hubSitting.Ballot.Id, .. hubSitting.Ballot.Items.Select(i => i.Id), callers.BallotId, open.Id], tablets);
    }

    /// <summary>
    /// A real value for a path parameter of the HTTP cases; never a credential or staff id, since revoking those
    /// would lock the fuzz out.
    /// </summary>
    public string? RealPathValue(string name, Random random) => name switch
    {
        "sittingId" => $"{(random.Next(4) == 0 ? Callers.OtherSitting.SittingId : Callers.SittingId)}",
        "ballotId" => $"{BallotIds[random.Next(BallotIds.Count)]}",
        "number" => random.Next(2) == 0 ? PreparedSitting.Number(random.Next(6)) : $"{random.Next(1, 3)}",
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var tablet in Tablets) await tablet.DisposeAsync();
    }
}
