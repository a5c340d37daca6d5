using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using Xunit.Abstractions;
using static PeoplesCongress.VotingServer.Tests.Attacks.CallerKind;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>
/// Every endpoint of the catalogue and every hub method, called by every kind of caller: a caller the catalogue
/// admits is never refused for who they are, and every other caller gets 401 or 403 with the right code.
/// </summary>
public sealed class RoleMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestVenue venue = null!;

    /// <summary>A server of its own: the unknown codes of every endpoint pass the per-address limit on guessing.</summary>
    public async Task InitializeAsync() => venue = await TestVenue.StartAsync("--Connections:FailedAttemptsPerMinute=100000");

    public async Task DisposeAsync() => await venue.DisposeAsync();

    [Fact]
    public async Task EveryEndpointAdmitsExactlyTheCallersItsCatalogueEntryNames()
    {
        var callers = await AttackCallers.CreateAsync(venue, venue.BootstrapCode!);
        using var http = new RawHttp(venue);
        var wrong = new List<string>();
        foreach (var route in CatalogueRoutes.All)
        {
            var admitted = Permissions.Admitted(route.Doc.Who);
            // Reads go to the real sitting and ballot; writes to ids that do not exist, so an admitted caller changes
            // nothing (the role check comes before the handler looks anything up).
            var path = route.Path(name => route.Method == HttpMethod.Get ? RealId(callers, name) : UnknownId(name));
            foreach (var kind in Enum.GetValues<CallerKind>())
            {
                var body = route.HasBody ? new StringContent("{}", Encoding.UTF8, "application/json") : null;
                var (status, code) = await http.SendAsync(route.Method, path, callers.Codes[kind], body);
                var fine = admitted.Contains(kind) ? status is not (401 or 403) : (status, code) == Permissions.Refusal(kind);
                if (!fine) wrong.Add($"{route.Key} as {kind}: {status} {code}");
            }
        }
        output.WriteLine($"{CatalogueRoutes.All.Count} endpoints × {Enum.GetValues<CallerKind>().Length} callers");
        Assert.True(wrong.Count == 0, "Answers that break the catalogue's roles:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public async Task EveryHubMethodAdmitsExactlyItsCallers()
    {
        var callers = await AttackCallers.CreateAsync(venue, venue.BootstrapCode!);
        using var http = new RawHttp(venue);
        (string Method, CallerKind[] Admitted, Func<VenueConnection, Task> Call)[] methods =
        [
            (VenueHubProtocol.GetState, [Deputy, DeputyOfAnotherSitting], c => c.GetStateAsync()),
            (VenueHubProtocol.WatchSitting, [Presidium, Secretariat, Scrutineer, DesignatedScrutineer, Viewer],
                c => c.WatchSittingAsync(callers.SittingId)),
            (VenueHubProtocol.Cast, [Deputy, DeputyOfAnotherSitting],
                c => c.CastAsync(new CastRequest(callers.BallotId, [], "matrix-cast-0001"))),
        ];
        var wrong = new List<string>();
        foreach (var kind in Enum.GetValues<CallerKind>())
        {
            var code = callers.Codes[kind];
            if (Permissions.Refusal(kind) is (401, var expected))
            {
                // The hub's WebSocket request is refused before any method; the same request without the upgrade
                // shows the code.
                var refused = await http.SendAsync(HttpMethod.Get, VenueHubProtocol.Path, code);
                if (refused != (401, expected)) wrong.Add($"connecting as {kind}: {refused.Status} {refused.Code}");
                continue;
            }
            if (kind == TermDeputy)
            {
                // A personal credential no sitting accepts (允许代表以个人代表证签到 is off) is refused at connect,
                // before any method.
                var atConnect = await RefusalOf(venue.SignInAsync(code!));
                if (atConnect != ErrorCodes.PersonalCredentialNotAccepted) wrong.Add($"connecting as {kind}: {atConnect ?? "answered"}");
                continue;
            }
            await using var connection = await venue.ConnectAsync(code!);
            foreach (var (method, admitted, call) in methods)
            {
                var refusal = await RefusalOf(call(connection));
                var fine = admitted.Contains(kind) ? refusal != ErrorCodes.Forbidden : refusal == ErrorCodes.Forbidden;
                if (!fine) wrong.Add($"{method} as {kind}: {refusal ?? "answered"}");
            }
        }
        Assert.True(wrong.Count == 0, "Hub answers that break the roles:\n" + string.Join('\n', wrong));
    }

    private static async Task<string?> RefusalOf(Task call)
    {
        try
        {
            await call;
            return null;
        }
        catch (VenueException refused)
        {
            return refused.Code;
        }
    }

    private static string RealId(AttackCallers callers, string name) => name switch
    {
        "sittingId" => $"{callers.SittingId}",
        "ballotId" => $"{callers.BallotId}",
        "number" => "1",
        "termId" => $"{callers.TermId}",
        _ => UnknownId(name),
    };

    private static string UnknownId(string name) => name == "number" ? "D999" : "999999";
}
