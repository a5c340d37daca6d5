using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Text;
using HdrHistogram;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// The first scenario: N tablets sign in over real WebSockets to a server started here on a temp database, a
/// 5-choose-3 票决 opens, every tablet casts at once and waits for its durable ack, the presidium closes.
/// Reports sign-in time, ack latency percentiles, throughput and the correctness check.
/// </summary>
internal static class BallotBurst
{
    public static async Task<int> RunAsync(string[] args)
    {
        var tablets = args.SkipWhile(a => a != "--tablets").Skip(1).Select(int.Parse).FirstOrDefault(500);
        var data = Path.Combine(Path.GetTempPath(), "pc-load-" + Guid.NewGuid().ToString("N"));
        var app = VenueApp.Build(["--urls=http://127.0.0.1:0", $"--Data:Directory={data}", "--Serilog:MinimumLevel:Default=Warning"]);
        await app.PrepareAsync();
        await app.StartAsync();
        try
        {
            var server = new Uri(app.Urls.Single());
            var secretariat = VenueApiClient.Create(server, app.Services.GetRequiredService<BootstrapCredential>().Code!);
            var sitting = await secretariat.CreateSittingAsync(new CreateSittingRequest("负载测试会议"));
            var roster = "姓名,代表证号\n" + string.Join('\n', Enumerable.Range(1, tablets).Select(i => $"代表{i},L{i:00000}"));
            await secretariat.ImportRosterAsync(sitting.Id, Encoding.UTF8.GetBytes(roster));
            var codes = (await Task.WhenAll(Enumerable.Range(1, tablets).Select(i => secretariat.ReissueCredentialAsync(sitting.Id, $"L{i:00000}")))).Select(c => c.Code).ToList();
            var ballot = await secretariat.CreateBallotAsync(sitting.Id, new CreateBallotRequest("负载测试票决", Places: 3,
                Items: [.. Enumerable.Range(1, 5).Select(i => new NewItem($"项目{i}", "", 100m, "部门"))]));
            var presidium = VenueApiClient.Create(server, (await secretariat.IssueStaffCredentialAsync(Roles.Presidium, "主席")).Code);

            var signIn = Stopwatch.StartNew();
            var connections = codes.Select(c => new VenueConnection(server, c)).ToList();
            using (var gate = new SemaphoreSlim(100))
            {
                await Task.WhenAll(connections.Select(async c =>
                {
                    await gate.WaitAsync();
                    try { await c.SignInAsync(); } finally { gate.Release(); }
                }));
            }
            signIn.Stop();
            await presidium.OpenBallotAsync(ballot.Id);

            var latency = new LongHistogram(TimeStamp.Minutes(1), 3);
            var ids = ballot.Items.Select(p => p.Id).ToArray();
            var burst = Stopwatch.StartNew();
            var acks = await Task.WhenAll(connections.Select(async (c, i) =>
            {
                var started = Stopwatch.GetTimestamp();
                await c.CastAsync(new CastRequest(ballot.Id, [ids[i % 5], ids[(i + 1) % 5]], VenueConnection.NewCastId()));
                lock (latency) latency.RecordValue(Stopwatch.GetTimestamp() - started);
                return 1;
            }));
            burst.Stop();
            var closing = Stopwatch.StartNew();
            var result = await presidium.CloseBallotAsync(ballot.Id);
            closing.Stop();
            var writer = app.Services.GetRequiredService<GroupCommitWriter>();

            double Ms(double percentile) => latency.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;
            Console.WriteLine($"ballot-burst: {tablets} tablets on {Environment.ProcessorCount} cores");
            Console.WriteLine($"  sign-in of all tablets   {signIn.Elapsed.TotalSeconds:F2} s");
            Console.WriteLine($"  burst                    {burst.Elapsed.TotalSeconds:F2} s, {acks.Length / burst.Elapsed.TotalSeconds:F0} ballots/s");
            Console.WriteLine($"  ack latency ms           p50 {Ms(50):F1}  p95 {Ms(95):F1}  p99 {Ms(99):F1}  max {latency.GetMaxValue() * 1000.0 / Stopwatch.Frequency:F1}");
            Console.WriteLine($"  close and count          {closing.Elapsed.TotalMilliseconds:F0} ms");
            Console.WriteLine($"  group commit             {writer.CommittedWrites} writes in {writer.CommittedBatches} transactions");
            var correct = result.Returned == acks.Length && result.Issued == tablets && result.Valid == acks.Length;
            Console.WriteLine($"  returned {result.Returned} = acks {acks.Length}: {(correct ? "correct" : "MISMATCH")}");
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
            return correct ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
