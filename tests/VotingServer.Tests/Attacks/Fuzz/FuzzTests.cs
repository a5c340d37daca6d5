using System.Collections.Concurrent;
using System.Diagnostics;
using PeoplesCongress.TestSupport;
using Xunit.Abstractions;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>
/// Fuzzed bodies, path ids and hub arguments for every endpoint of the catalogue and every hub method, from a seed
/// (FUZZ_SEED) for a number of cases (FUZZ_CASES): never a 5xx or internal-error, every refusal coded, the server
/// still answering afterwards and its memory within wide bounds.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261202;
    private const int DefaultCases = 2000;
    private const int Workers = 4;

    [Fact]
    public async Task NoFuzzedRequestFailsTheServer()
    {
        var seed = Setting("FUZZ_SEED", DefaultSeed);
        var cases = Setting("FUZZ_CASES", DefaultCases);
        output.WriteLine($"FUZZ_SEED={seed} FUZZ_CASES={cases}");
        await using var venue = await TestVenue.StartAsync("--Serilog:MinimumLevel:Default=Warning", "--Connections:FailedAttemptsPerMinute=100000",
            // Every worker's hub connections come from one address and a few codes: the caps per device are not tested here.
            "--Connections:MaxConnectionsPerAddress=100000", "--Connections:MaxHubConnectionsPerAddress=100000",
            "--Connections:MaxHubConnectionsPerDeputy=100000", "--Connections:MaxHubConnectionsPerStaff=100000");
        await using var targets = await FuzzTargets.PrepareAsync(venue);
        using var http = new RawHttp(venue);
        var routes = CatalogueRoutes.All;
        var methods = HubCases.Methods(targets.HubSchema);
        var outcomes = new ConcurrentBag<FuzzOutcome>();
        var before = MemoryFigures.Now();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            await using var hub = new HubCases(venue, targets, worker);
            var httpCases = new HttpCases(targets, http);
            for (var index = worker; index < cases; index += Workers)
            {
                // Each case from its own generator, so a failing case can be replayed from the seed and its number.
                var random = new Random(unchecked(seed * 100_003 + index));
                var outcome = index % 4 == 3
                    ? await hub.RunAsync(methods[index / 4 % methods.Count], random)
                    : await httpCases.RunAsync(routes[index % routes.Count], random);
                outcomes.Add(outcome with { Failure = outcome.Failure is null ? null : $"#{index} {outcome.Failure}" });
            }
        })));

        clock.Stop();
        var after = MemoryFigures.Now();
        output.WriteLine($"{cases} cases in {clock.Elapsed.TotalSeconds:F1} s; before: {before}; after: {after}");
        foreach (var answer in outcomes.GroupBy(o => o.Answer).OrderByDescending(g => g.Count()))
            output.WriteLine($"  {answer.Count(),6} × {answer.Key}");
        var failures = outcomes.Where(o => o.Failure is not null).ToList();
        foreach (var known in failures.Where(f => KnownFindings.ByTarget.ContainsKey(f.Target)).GroupBy(f => f.Target))
            output.WriteLine($"Known finding ({KnownFindings.ByTarget[known.Key]}), {known.Count()} cases: {known.First().Failure}");

        // A deputy of the hub's sitting: the fuzz may well have issued a named secretariat, which ends the bootstrap code.
        Assert.Equal(200, (await http.SendAsync(HttpMethod.Get, "api/me", targets.HubSitting.Codes[PreparedSitting.Number(0)])).Status);
        await using (var tablet = await Fuzz.RawHub.ConnectAsync(venue.Url, targets.HubSitting.Codes[PreparedSitting.Number(0)]))
            Assert.Null((await tablet.InvokeAsync("GetState", "[]")).Error);
        var unknown = failures.Where(f => !KnownFindings.ByTarget.ContainsKey(f.Target)).Select(f => f.Failure).Take(40);
        Assert.True(!unknown.Any(), $"Seed {seed}: cases that failed the server:\n" + string.Join('\n', unknown));
        // Wide bounds: the fuzz's own huge bodies are garbage by now; what stays is what the server kept.
        Assert.True(after.ManagedBytes < 2 * before.ManagedBytes + 256L * 1_048_576, $"Managed memory grew from {before} to {after}.");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
