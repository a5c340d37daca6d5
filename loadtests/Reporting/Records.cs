namespace PeoplesCongress.LoadTests;

/// <summary>One run of the tool: what was run, on what, and each scenario's report.</summary>
internal sealed record RunReport(
    string Command, DateTimeOffset Started, DateTimeOffset Finished, int Tablets, MachineFacts Machine,
    string LoadAverageAtEnd, string Server, IReadOnlyList<ScenarioReport> Scenarios, IReadOnlyList<StoreComparison>? StoreComparisons = null,
    IReadOnlyList<ScalingRow>? Scaling = null, IReadOnlyList<string>? Skipped = null);

internal sealed record ScenarioReport(
    string Name, int Tablets, double SetupSeconds, double Seconds,
    IReadOnlyList<ConnectPhase> Connects, IReadOnlyList<BallotRound> Ballots, BaselineComparison? Baseline,
    IReadOnlyDictionary<string, int> Errors, int DroppedByServer, int AttendancePushesReceived, ProcessUsage Server, ProcessUsage? Generator,
    IReadOnlyList<Check> Checks, IReadOnlyList<TargetCheck> Targets, IReadOnlyList<string> Notes,
    IReadOnlyList<ServerFigures>? PerServer = null, FailoverFigures? Failover = null, string? Store = null)
{
    public bool Passed => Checks.All(c => c.Passed);
}

/// <summary>Connecting (and, on the venue server, signing in) a number of tablets; latency per tablet, server CPU meanwhile.</summary>
internal sealed record ConnectPhase(
    string Name, DateTimeOffset Started, double Seconds, int Connected, int Failed, double PerSecond, LatencySummary Latency,
    double ServerCpuSeconds);

/// <summary>
/// Casts sent at once: how long the generator took to send them all, how long until the last ack, each ack's
/// latency from its own send, the machine's load average as the burst began, and the server's CPU time meanwhile.
/// </summary>
internal sealed record BurstPhase(
    string Name, DateTimeOffset Started, int Sent, int Acked, int Duplicates, int Failed, double SendSpreadMs, double Seconds, double PerSecond,
    LatencySummary Latency, string LoadAverage, double ServerCpuSeconds);

/// <summary>One ballot from opening to its certified result, and whether the result counts exactly what was sent.</summary>
internal sealed record BallotRound(
    string Kind, string Title, int Items, double? OpenedOnAllTabletsSeconds, IReadOnlyList<BurstPhase> Bursts,
    double CertifiedSeconds, double? ResultOnAllTabletsSeconds, BallotTally Tally);

/// <summary>
/// The correctness check: ballots the server acknowledged (to distinct tablets) against what the result returned;
/// lost is acknowledged but not returned, doubled is returned more often than acknowledged.
/// </summary>
internal sealed record BallotTally(int Issued, int Acknowledged, int Returned, int Lost, int Doubled, IReadOnlyList<string> CountDifferences)
{
    public bool Exact => Lost == 0 && Doubled == 0 && CountDifferences.Count == 0;
}

/// <summary>
/// The bare path (loadtests/BarePath) run right after the scenario with the same tablets: their connect, the same
/// bursts (one per ballot of the scenario), its memory and CPU; and the venue server's figures as ratios of it:
/// the sign-in's time and server CPU against the bare connect's, and peak RSS against the bare server's.
/// </summary>
internal sealed record BaselineComparison(
    string Server, ConnectPhase Connect, IReadOnlyList<BareBurst> Bursts, ProcessUsage Usage,
    double SignInTimeRatio, double SignInCpuRatio, double? RssRatio);

/// <summary>One ballot's burst on the bare path, and the venue server's throughput and p99 for that ballot as ratios of it.</summary>
internal sealed record BareBurst(string Kind, BurstPhase Burst, double ThroughputRatio, double P99Ratio);

/// <summary>What a process used while the scenario ran: memory at the end and at the peak, CPU time in that span.</summary>
internal sealed record ProcessUsage(
    string Process, bool IncludesGenerator, double RssMiBAtEnd, double PeakRssMiB, double CpuSeconds,
    int? OpenFilesAllConnected, long? OpenFileLimit);

internal sealed record Check(string What, bool Passed, string Detail);

/// <summary>A target of issue #7; <see cref="Met"/> is null where it cannot be judged from this run.</summary>
internal sealed record TargetCheck(string Target, string Measured, bool? Met, string Margin);

/// <summary>
/// One server of a hall in a scenario: tablets that signed in on it first, tablets that moved to it from a lost
/// server, the acks it gave (latency from each cast's first send, resends included) and the errors met on it.
/// </summary>
internal sealed record ServerFigures(string Server, int SignedIn, int MovedIn, int Acked, LatencySummary Latency, int Errors);

/// <summary>
/// A server killed with SIGKILL mid-burst: how many acks had come before, how many tablets were on it, and the
/// switch time of each (from the kill until it was signed in again on another server); then the ballot's tally
/// closed on the surviving server: acked, counted (returned), lost (acked but not counted) and doubled.
/// </summary>
internal sealed record FailoverFigures(
    string Killed, string Survivor, double KilledAfterSeconds, int AckedBeforeKill, int TabletsOnKilled, int Moved, LatencySummary Switch,
    int Acked, int Counted, int Lost, int Doubled);

/// <summary>
/// One burst of a scenario run on one server on SQLite and then on one on PostgreSQL (--compare-stores): each one's
/// rate and p99, and PostgreSQL's as ratios of SQLite's (rate below 1 and p99 above 1 mean PostgreSQL is slower).
/// </summary>
internal sealed record StoreComparison(
    string Scenario, string Burst, double SqlitePerSecond, double PostgresPerSecond, double ThroughputRatio,
    double SqliteP99, double PostgresP99, double P99Ratio)
{
    public static IReadOnlyList<StoreComparison> Of(IReadOnlyList<ScenarioReport> reports) =>
    [
        .. reports.Where(r => r.Store == "sqlite").SelectMany(sqlite =>
        {
            var postgres = reports.FirstOrDefault(r => r.Store == "postgres" && r.Name == sqlite.Name);
            if (postgres is null) return [];
            var (a, b) = (sqlite.Ballots.SelectMany(r => r.Bursts).ToList(), postgres.Ballots.SelectMany(r => r.Bursts).ToList());
            return a.Zip(b).Select(pair => new StoreComparison(sqlite.Name, pair.First.Name, pair.First.PerSecond, pair.Second.PerSecond,
                Math.Round(pair.Second.PerSecond / Math.Max(1, pair.First.PerSecond), 2), pair.First.Latency.P99, pair.Second.Latency.P99,
                Math.Round(pair.Second.Latency.P99 / Math.Max(0.1, pair.First.Latency.P99), 2)));
        }),
    ];
}

/// <summary>
/// One scenario at one size of a run over several (--tablets 1000,2000,…): what each tablet cost, so that the growth
/// with the hall shows (flat or falling is the aim). The sign-in's wall time and the server's CPU per tablet; the
/// slowest burst's p99; the server's peak RSS per tablet; and the worst of the ratios to the bare path.
/// </summary>
internal sealed record ScalingRow(
    string Scenario, int Tablets, double? SignInSeconds, double? SignInWallMsPerTablet, double? SignInCpuMsPerTablet,
    double? WorstBurstP99Ms, double? LowestBurstPerSecond, double PeakRssMiB, double RssKiBPerTablet,
    double? SignInTimeRatio, double? SignInCpuRatio, double? LowestThroughputRatio, double? HighestP99Ratio, double? RssRatio)
{
    public static IReadOnlyList<ScalingRow> Of(IReadOnlyList<ScenarioReport> reports) =>
    [
        .. reports.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Tablets).Select(r =>
        {
            var signIn = r.Connects.FirstOrDefault();
            var bursts = r.Ballots.SelectMany(b => b.Bursts).ToList();
            var bare = r.Baseline;
            return new ScalingRow(r.Name, r.Tablets, signIn?.Seconds,
                signIn is null ? null : Math.Round(signIn.Seconds * 1000 / Math.Max(1, signIn.Connected), 2),
                signIn is null ? null : Math.Round(signIn.ServerCpuSeconds * 1000 / Math.Max(1, signIn.Connected), 2),
                bursts.Count == 0 ? null : bursts.Max(b => b.Latency.P99), bursts.Count == 0 ? null : bursts.Min(b => b.PerSecond),
                r.Server.PeakRssMiB, Math.Round(r.Server.PeakRssMiB * 1024 / Math.Max(1, r.Tablets), 1),
                bare?.SignInTimeRatio, bare?.SignInCpuRatio,
                bare is { Bursts.Count: > 0 } ? bare.Bursts.Min(b => b.ThroughputRatio) : null,
                bare is { Bursts.Count: > 0 } ? bare.Bursts.Max(b => b.P99Ratio) : null, bare?.RssRatio);
        }),
    ];
}
