using System.Diagnostics;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// One scenario as it runs: its sitting, its tablets, its time limit, and what it has measured and checked so far,
/// which <see cref="FinishAsync"/> turns into the scenario's report.
/// </summary>
internal sealed class ScenarioRun : IAsyncDisposable
{
    private static readonly TimeSpan PushPatience = TimeSpan.FromSeconds(60);

    /// <summary>Connections one bare server process holds under an open-file limit of 20,000, with room for its files.</summary>
    private const int BarePathMaxTablets = 16_000;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource timeLimit;
    private readonly UsageSampler usage;
    private readonly UsageSampler? generatorUsage;
    private readonly int? errorsLoggedBefore;
    private readonly List<ConnectPhase> connects = [];
    private readonly List<BallotRound> ballots = [];
    private readonly List<Check> checks = [];
    private readonly List<string> notes = [];
    private readonly List<(BallotView Ballot, BurstPhase Burst)> voted = [];
    private BaselineComparison? baseline;
    private int? openFilesAllConnected;
    private double setupSeconds;
    private bool disposed;

    public ScenarioRun(string name, LoadContext context)
    {
        Name = name;
        Context = context;
        timeLimit = new CancellationTokenSource(context.Options.TimeLimit);
        usage = new UsageSampler(context.Venue.Stats);
        errorsLoggedBefore = context.Venue.ErrorsLogged;
        if (context.Venue.Stats != ProcessStats.Self) generatorUsage = new UsageSampler(ProcessStats.Self);
    }

    public string Name { get; }
    public LoadContext Context { get; }
    public int Tablets => Context.Options.Tablets;
    public CancellationToken Token => timeLimit.Token;
    public LoadSitting Sitting { get; private set; } = null!;
    public Fleet Fleet { get; private set; } = null!;

    /// <summary>The sitting and the tablets' credentials; not part of any measured figure.</summary>
    public async Task SetUpAsync()
    {
        Context.Progress.Show(Name, () => $"setting up a sitting of {Tablets} deputies (roster, credential sheet)");
        var started = Stopwatch.GetTimestamp();
        Sitting = await LoadSitting.CreateAsync(Context.Venue.Url, Context.Venue.SecretariatCode!, Name, Tablets);
        // Tablets of a hall whose servers all run from the start (given on the command line, or two started here on
        // PostgreSQL) are spread over them; two servers on one SQLite file begin on the first (the second starts
        // later, see Failover).
        Fleet = await Fleet.StartAsync(Context.Venue, Sitting.Codes, Context.Options.ConnectParallelism, Context.Options.TabletsPerProcess,
            Token, Context.HallUrls,
            spread: Context.Given.Count > 1 || Context.Started.Count > 1);
        if (Fleet.Workers.Count > 0)
        {
            Note($"The tablets were held by {Fleet.Workers.Count + 1} generator processes (at most {Context.Options.TabletsPerProcess:N0} each, "
                + "for the open-file limit); their latencies were merged into one histogram per phase.");
        }
        setupSeconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1);
        Context.Progress.Show(Name, () => Fleet.Status);
    }

    public async Task<ConnectPhase> SignInAllAsync(string phase)
    {
        var signedIn = await Fleet.ConnectAllAsync(phase, signIn: true);
        connects.Add(signedIn);
        openFilesAllConnected ??= Context.Venue.Stats.Known ? Context.Venue.Stats.OpenFiles() : null;
        Check($"{phase}: every tablet signed in", signedIn.Failed == 0, $"{signedIn.Connected} of {Tablets}");
        return signedIn;
    }

    /// <summary>Creates and opens a ballot and waits (a while) for it to reach every tablet.</summary>
    public async Task<(BallotView Ballot, double? OnAllTablets)> OpenAsync(CreateBallotRequest request)
    {
        var ballot = await Sitting.CreateBallotAsync(request);
        var arrivals = Fleet.Expect(Fleet.Opened, ballot.Id);
        await Sitting.Presidium.OpenBallotAsync(ballot.Id);
        return (ballot, await arrivals.SecondsUntilAllAsync(PushPatience));
    }

    /// <summary>A whole ballot: open, every tablet casts at once, close, and check the result against the acks.</summary>
    public async Task<BallotRound> VoteAsync(CreateBallotRequest request)
    {
        var (ballot, opened) = await OpenAsync(request);
        var (burst, acked) = await Fleet.VoteAllAsync($"cast ({ballot.Kind.Wire()})", ballot);
        var expected = new ExpectedCounts();
        foreach (var cast in acked) expected.Add(cast);
        var round = await CloseAsync(ballot, opened, [burst], expected);
        voted.Add((ballot, burst));
        Check($"{ballot.Kind.Wire()}: every cast acknowledged", burst.Acked == burst.Sent, $"{burst.Acked} of {burst.Sent}");
        return round;
    }

    /// <summary>Closes the ballot: the time to the certified result, to its push on every tablet, and the tally check.</summary>
    public async Task<BallotRound> CloseAsync(BallotView ballot, double? opened, IReadOnlyList<BurstPhase> bursts, ExpectedCounts expected)
    {
        var arrivals = Fleet.Expect(Fleet.Closed, ballot.Id);
        var started = Stopwatch.GetTimestamp();
        var result = await Sitting.Presidium.CloseBallotAsync(ballot.Id);
        var certified = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 3);
        var onAllTablets = await arrivals.SecondsUntilAllAsync(PushPatience);
        var tally = new BallotTally(result.Issued, expected.Ballots, result.Returned,
            Math.Max(0, expected.Ballots - result.Returned), Math.Max(0, result.Returned - expected.Ballots), expected.Differences(result));
        var round = new BallotRound(ballot.Kind.Wire(), ballot.Title, ballot.Items.Count, opened, bursts, certified, onAllTablets, tally);
        ballots.Add(round);
        Check($"{ballot.Kind.Wire()}: returned equals acknowledged, every count as sent", tally.Exact,
            $"{tally.Returned} returned, {tally.Acknowledged} acknowledged, {tally.Lost} lost, {tally.Doubled} doubled"
            + (tally.CountDifferences.Count == 0 ? "" : "; " + string.Join("; ", tally.CountDifferences.Take(5))));
        Check($"{ballot.Kind.Wire()}: result pushed to every tablet", onAllTablets is not null, $"{arrivals.Arrived} tablets had it");
        return round;
    }

    /// <summary>
    /// The bare path, after this scenario's tablets have left the venue server (the generator and the machine cannot
    /// hold twice N sockets at once): the same tablets connect, then for each ballot the scenario voted the same
    /// votes are cast twice, the second burst measured (the first brings the bare path's code up to speed; the
    /// venue server's measured burst is its first of the sitting, so the comparison, if anything, flatters the bare
    /// path). The venue server's sign-in, bursts and memory are then stated as ratios of the bare path's.
    /// </summary>
    public async Task CompareWithBarePathAsync()
    {
        if (!Context.Options.Baseline) return;
        if (Tablets > BarePathMaxTablets)
        {
            Note($"No bare path: one bare server process holds at most {BarePathMaxTablets:N0} connections under its open-file limit.");
            return;
        }
        await Fleet.LeaveAllAsync();
        await using var bare = await Context.StartBareAsync(Token);
        await using var bareUsage = new UsageSampler(bare.Stats);
        await using var fleet = await Fleet.StartAsync(bare, Sitting.Codes, Context.Options.ConnectParallelism,
            Context.Options.TabletsPerProcess, Token);
        Context.Progress.Show($"{Name} (bare path)", () => fleet.Status);
        var connect = await fleet.ConnectAllAsync("connect (bare path)", signIn: false);
        var bursts = new List<BareBurst>();
        foreach (var (ballot, product) in voted)
        {
            await fleet.VoteAllAsync($"warm-up (bare path, {ballot.Kind.Wire()})", ballot);
            var (burst, _) = await fleet.VoteAllAsync($"cast (bare path, {ballot.Kind.Wire()})", ballot);
            bursts.Add(new BareBurst(ballot.Kind.Wire(), burst, Ratio(product.PerSecond, burst.PerSecond), Ratio(product.Latency.P99, burst.Latency.P99)));
            Check($"bare path ({ballot.Kind.Wire()}): every cast acknowledged", burst.Acked == burst.Sent, $"{burst.Acked} of {burst.Sent}");
        }
        var signIn = connects[0];
        baseline = new BaselineComparison(bare.Description, connect, bursts, Usage(bare.Description, bare.Stats, bareUsage, null),
            Ratio(signIn.Seconds, connect.Seconds), Ratio(signIn.ServerCpuSeconds, connect.ServerCpuSeconds), null);
        Context.Progress.Show(Name, () => Fleet.Status);
    }

    private static double Ratio(double product, double bare) => bare <= 0 ? 0 : Math.Round(product / bare, 2);

    public void Check(string what, bool passed, string detail) => checks.Add(new Check(what, passed, detail));

    public void Note(string note) => notes.Add(note);

    /// <summary>The failover's figures, for the report.</summary>
    public FailoverFigures? Failover { get; set; }

    /// <summary>From now on the sitting is run through <paramref name="server"/> (the other was killed).</summary>
    public void UseServer(Uri server) => Sitting = Sitting.On(server);

    public async Task<ScenarioReport> FinishAsync()
    {
        var server = Usage(Context.Venue.Description, Context.Venue.Stats, usage, openFilesAllConnected);
        // Memory compares only between two processes of their own (below 5,000 tablets both share the generator's).
        if (baseline is not null && !server.IncludesGenerator && !baseline.Usage.IncludesGenerator && Context.Venue.Stats.Known)
            baseline = baseline with { RssRatio = Ratio(server.PeakRssMiB, baseline.Usage.PeakRssMiB) };
        if (Fleet is not null) await GatherAsync();
        if (Context.Venue.Failure is { } failure) Check("the server kept running", false, failure);
        if (Context.Venue.ErrorsLogged - errorsLoggedBefore is { } errors) Check("the server logged no errors", errors == 0, $"{errors} errors in its log");
        foreach (var other in Context.Started.Skip(1))
        {
            if (other.Failure is { } otherFailure) Check($"{other.Url} kept running", false, otherFailure);
            if (other.ErrorsLogged is { } otherErrors) Check($"{other.Url} logged no errors", otherErrors == 0, $"{otherErrors} errors in its log");
        }
        var targets = Targets.For(Name, Tablets, connects, ballots, baseline, server);
        if (Tablets != Targets.AtTablets) notes.Add($"The targets are set for {Targets.AtTablets:N0} tablets; this run had {Tablets:N0}.");
        if (Context.ScenariosBefore > 0)
        {
            notes.Add($"The server ran {Context.ScenariosBefore} scenario(s) before this one. Memory it freed since stays with its "
                + "garbage collector and still counts in its RSS: read a scenario's RSS from a run of that scenario alone.");
        }
        var report = new ScenarioReport(Name, Tablets, setupSeconds, Math.Round(clock.Elapsed.TotalSeconds, 1), connects, ballots, baseline,
            Fleet?.Errors.Snapshot() ?? [], Fleet?.Drops ?? 0, Fleet?.AttendancePushes ?? 0, server,
            generatorUsage is null ? null : Usage("load generator", ProcessStats.Self, generatorUsage, null) with { IncludesGenerator = false },
            checks, targets, notes,
            Fleet?.Hall is { } hall ? [.. hall.Select(url => Fleet.PerServer.TryGetValue(url, out var tally) ? tally.Figures(url) : new ServerTally().Figures(url))] : null,
            Failover);
        await DisposeAsync();
        return report;
    }

    /// <summary>The generator workers' tallies and usage, while they still run.</summary>
    private async Task GatherAsync()
    {
        try
        {
            await Fleet.GatherAsync();
            foreach (var worker in Fleet.Workers) notes.Add(worker.Usage());
        }
        catch (Exception ex)
        {
            Check("the generator workers reported their tallies", false, ex.Message);
        }
    }

    private static ProcessUsage Usage(string process, ProcessStats stats, UsageSampler sampler, int? openFiles) => new(
        process, stats == ProcessStats.Self, Math.Round(stats.RssMiB()), Math.Round(sampler.PeakRssMiB),
        Math.Round(sampler.CpuSecondsSoFar, 1), openFiles, stats.OpenFileLimit());

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        if (Fleet is not null) await Fleet.DisposeAsync();
        await usage.DisposeAsync();
        if (generatorUsage is not null) await generatorUsage.DisposeAsync();
        timeLimit.Dispose();
    }
}
