using System.Text.Json.Nodes;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>
/// Runs a short sitting on the real server (sign-in, a 票决 and a 满意度测评 from opening to result) and checks that
/// every JSON example in docs/protocol.md is what was on the wire (regenerate: see <see cref="ContractFile"/>).
/// Deputy D001's tablet and a presidium console speak through recording WebSockets; D002–D004 are plain tablets.
/// </summary>
public sealed class ProtocolExampleTests
{
    private static readonly CreateBallotRequest TwoProjects = new("2027年度民生实事项目票决", Places: 1, Items:
    [
        new("危桥改造项目", "七座桥梁拆除重建、维修", 300m, "镇交通运输管理站"),
        new("农村道路亮灯项目", "太阳能路灯1200盏", 350m, "镇农业综合服务站"),
    ]);

    private readonly Dictionary<string, string> examples = [];
    private readonly WireLog tabletLog = new();
    private readonly WireLog consoleLog = new();

    [Fact]
    public async Task ProtocolExamplesAreWhatARealSessionSends()
    {
        await using var venue = await TestVenue.StartAsync();
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4, ballot: TwoProjects);
        var session = new Session(venue, setup, new RecordedHttp(venue),
            (await setup.Secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code,
            setup.Codes[PreparedSitting.Number(0)]);

        await using var console = new VenueConnection(
            venue.Url, session.Presidium, consoleLog.Configure(session.Presidium, venue.Trust), venue.Trust);
        await console.StartAsync();
        await console.WatchSittingAsync(setup.SittingId);
        Record("watch-sitting", consoleLog.Call(VenueHubProtocol.WatchSitting).Completion);

        Record("http-me", (await session.Http.SendAsync(session.Deputy, HttpMethod.Get, "/api/me")).Body);
        Record("http-quorum-not-met", (await session.AsPresidium(HttpMethod.Post, $"/api/ballots/{setup.Ballot.Id}/open")).Body);

        var everyonePresent = Waiting.Next<AttendanceView>(h => console.AttendanceReceived += h, a => a.Present == 4);
        await using var tablet = new VenueConnection(
            venue.Url, session.Deputy, tabletLog.Configure(session.Deputy, venue.Trust), venue.Trust);
        await tablet.SignInAsync();
        await using var others = await Tablets.SignInAsync(venue, setup, 1, 2, 3);
        await everyonePresent;
        Record("push-attendance", consoleLog.Push(nameof(IVenueClient.AttendanceChanged)));

        await VoteOnProjectsAsync(session, console, tablet, others);
        await AppraiseAsync(session, tablet, others);

        ProtocolDocument.AssertExamplesMatch(examples);
    }

    private async Task VoteOnProjectsAsync(Session session, VenueConnection console, VenueConnection tablet, Tablets others)
    {
        var ballot = session.Setup.Ballot;
        var opened = Waiting.Next<BallotView>(h => tablet.BallotOpenedReceived += h);
        await session.Setup.Presidium.OpenBallotAsync(ballot.Id);
        await opened;
        await tablet.GetStateAsync();
        Record("get-state", tabletLog.Call(VenueHubProtocol.GetState).Completion);

        var allCast = Waiting.Next<BallotProgress>(h => console.ProgressReceived += h, p => p.BallotId == ballot.Id && p.Cast == 4);
        var (first, second) = (ballot.Items[0].Id, ballot.Items[1].Id);
        await Assert.ThrowsAsync<VenueException>(() => tablet.CastAsync(new(ballot.Id, [first, second], "d001-b1-0000000000")));
        Record("cast-refused", tabletLog.Call(VenueHubProtocol.Cast).Completion);

        var cast = new CastRequest(ballot.Id, [first], "d001-b1-5f0c7a2e91");
        await tablet.CastAsync(cast);
        var (invocation, completion) = tabletLog.Call(VenueHubProtocol.Cast);
        Record("cast-invocation", invocation);
        Record("cast-completion", completion);
        await tablet.CastAsync(cast);
        Record("cast-resend-completion", tabletLog.Call(VenueHubProtocol.Cast).Completion);

        await others.CastAsync(0, new CastRequest(ballot.Id, [first], VenueConnection.NewCastId()));
        await others.CastAsync(1, new CastRequest(ballot.Id, [first], VenueConnection.NewCastId()));
        await others.CastAsync(2, new CastRequest(ballot.Id, [second], VenueConnection.NewCastId()));
        await allCast;
        Record("push-progress", consoleLog.Push(nameof(IVenueClient.ProgressChanged)));

        var closed = Waiting.Next<BallotResultView>(h => tablet.BallotClosedReceived += h);
        await session.Setup.Presidium.CloseBallotAsync(ballot.Id);
        await closed;
        Record("push-ballot-closed", tabletLog.Push(nameof(IVenueClient.BallotClosed)));
    }

    private async Task AppraiseAsync(Session session, VenueConnection tablet, Tablets others)
    {
        var request = new JsonObject
        {
            ["title"] = "镇政府部门满意度测评", ["kind"] = BallotKind.Satisfaction.Wire(),
            ["items"] = new JsonArray(new JsonObject { ["name"] = "镇财政所" }, new JsonObject { ["name"] = "镇农业综合服务站" }),
        };
        Record("http-create-ballot-request", request);
        var path = $"/api/sittings/{session.Setup.SittingId}/ballots";
        var ballot = (await session.Http.SendAsync(session.Venue.BootstrapCode!, HttpMethod.Post, path, request)).Body;
        var (id, a, b) = (Id(ballot), Id(ballot["items"]![0]!), Id(ballot["items"]![1]!));
        await session.Setup.Presidium.OpenBallotAsync(id);

        // 镇财政所: 满意 from 2 of 4 current deputies, exactly half, so the presidium decides its grade.
        await tablet.CastAsync(Choices(id, "d001-b2-c41e0b7d35", (a, "satisfied"), (b, "satisfied")));
        await others.CastAsync(0, Choices(id, VenueConnection.NewCastId(), (a, "satisfied"), (b, "basically-satisfied")));
        await others.CastAsync(1, Choices(id, VenueConnection.NewCastId(), (a, "basically-satisfied"), (b, "basically-satisfied")));
        await others.CastAsync(2, Choices(id, VenueConnection.NewCastId(), (a, "dissatisfied")));

        Record("http-close-satisfaction", (await session.AsPresidium(HttpMethod.Post, $"/api/ballots/{id}/close")).Body);
        var decision = new JsonObject { ["itemId"] = a, ["grade"] = "satisfied", ["note"] = "主席团会议决定" };
        var decided = await session.AsPresidium(HttpMethod.Post, $"/api/ballots/{id}/grade-decision", decision);
        Record("http-grade-decisions", decided.Body["gradeDecisions"]!);
    }

    private static int Id(JsonNode node) => node["id"]!.GetValue<int>();

    private static CastRequest Choices(int ballotId, string castId, params (int Item, string Option)[] choices) =>
        new(ballotId, null, castId, [.. choices.Select(c => new ItemChoice(c.Item, c.Option))]);

    private void Record(string id, JsonNode node) => examples[id] = ExampleJson.Format(node.DeepClone());

    private sealed record Session(TestVenue Venue, PreparedSitting Setup, RecordedHttp Http, string Presidium, string Deputy)
    {
        public Task<(int Status, JsonNode Body)> AsPresidium(HttpMethod method, string path, JsonNode? body = null) =>
            Http.SendAsync(Presidium, method, path, body);
    }

    private sealed record Tablets(IReadOnlyList<VenueConnection> Connections) : IAsyncDisposable
    {
        public static async Task<Tablets> SignInAsync(TestVenue venue, PreparedSitting setup, params int[] deputies)
        {
            var tablets = new List<VenueConnection>();
            foreach (var deputy in deputies) tablets.Add(await venue.SignInAsync(setup.Codes[PreparedSitting.Number(deputy)]));
            return new Tablets(tablets);
        }

        public Task<CastReceipt> CastAsync(int index, CastRequest request) => Connections[index].CastAsync(request);

        public async ValueTask DisposeAsync()
        {
            foreach (var connection in Connections) await connection.DisposeAsync();
        }
    }
}
