using System.Text;

namespace PeoplesCongress.LoadTests;

/// <summary>The report as Markdown tables: printed after each scenario, and written beside the JSON.</summary>
internal static class MarkdownReport
{
    public static string Header(RunReport run)
    {
        var m = run.Machine;
        var md = new StringBuilder();
        var sizes = string.Join(", ", run.Scenarios.Select(s => s.Tablets).Distinct().Order().Select(n => n.ToString("N0")));
        md.AppendLine($"# Load test: {string.Join(", ", run.Scenarios.Select(s => s.Name).Distinct())}{(run.StoreComparisons is null ? "" : " on SQLite and on PostgreSQL")} with {sizes} tablets");
        md.AppendLine();
        md.AppendLine($"`{run.Command}`, {run.Started:yyyy-MM-dd HH:mm:ss zzz}, {(run.Finished - run.Started).TotalSeconds:N0} s.");
        md.AppendLine();
        md.AppendLine("| machine | |");
        md.AppendLine("|---|---|");
        md.AppendLine($"| cores (nproc) | {m.Cores} ({m.CpuModel}), shared by generator and server |");
        md.AppendLine($"| memory | {m.MemoryGiB} GiB |");
        md.AppendLine($"| kernel | {m.Kernel} |");
        md.AppendLine($"| runtime | {m.Runtime} |");
        md.AppendLine($"| open-file limit | {m.OpenFileLimit:N0} |");
        md.AppendLine($"| load average (1, 5, 15 min) | {m.LoadAverage} at the start, {run.LoadAverageAtEnd} at the end |");
        md.AppendLine($"| other processes at the start | {(m.OtherBusyProcesses.Count == 0 ? "none (no other dotnet, test host, browser or node)" : string.Join(", ", m.OtherBusyProcesses))} |");
        md.AppendLine($"| server | {run.Server} |");
        if (run.StoreComparisons is { Count: > 0 } comparisons)
        {
            md.AppendLine();
            md.AppendLine("One server on PostgreSQL against one on SQLite, in this run (PostgreSQL's figure as a ratio of SQLite's):");
            md.AppendLine();
            md.AppendLine("| scenario | burst | SQLite casts/s | PostgreSQL casts/s | throughput ratio | SQLite p99 ms | PostgreSQL p99 ms | p99 ratio |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var c in comparisons)
                md.AppendLine($"| {c.Scenario} | {c.Burst} | {c.SqlitePerSecond:N0} | {c.PostgresPerSecond:N0} | {c.ThroughputRatio:N2} | {c.SqliteP99:N1} | {c.PostgresP99:N1} | {c.P99Ratio:N2} |");
        }
        if (run.Scaling is { Count: > 0 } scaling) Scaling(md, scaling);
        foreach (var skipped in run.Skipped ?? []) md.AppendLine().AppendLine($"Not run: {skipped}.");
        return md.ToString();
    }

    /// <summary>The cost per tablet by size, and the ratios to the bare path (#16's targets: 1.5, 1.5, 0.9, 1.2, 1.25).</summary>
    private static void Scaling(StringBuilder md, IReadOnlyList<ScalingRow> rows)
    {
        md.AppendLine();
        md.AppendLine("How each scenario's cost grows with the hall: per tablet, the sign-in's wall time and the server's CPU, the server's "
            + "peak RSS; the slowest burst; and the venue server against the bare path of the same size (sign-in time and CPU, lowest "
            + "burst throughput, highest burst p99, peak RSS; targets 1.5×, 1.5×, ≥ 0.9×, 1.2×, 1.25×).");
        md.AppendLine();
        md.AppendLine("| scenario | tablets | sign-in | ms per tablet | CPU ms per sign-in | slowest burst | its p99 | RSS | KiB per tablet | sign-in × | CPU × | throughput × | p99 × | RSS × |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            md.AppendLine($"| {r.Scenario} | {r.Tablets:N0} | {Number(r.SignInSeconds, "N2", " s")} | {Number(r.SignInWallMsPerTablet, "N2")} | "
                + $"{Number(r.SignInCpuMsPerTablet, "N2")} | {Number(r.LowestBurstPerSecond, "N0", "/s")} | {Number(r.WorstBurstP99Ms, "N1", " ms")} | "
                + $"{r.PeakRssMiB:N0} MiB | {r.RssKiBPerTablet:N1} | {Number(r.SignInTimeRatio, "N2", "×")} | {Number(r.SignInCpuRatio, "N2", "×")} | "
                + $"{Number(r.LowestThroughputRatio, "N2", "×")} | {Number(r.HighestP99Ratio, "N2", "×")} | {Number(r.RssRatio, "N2", "×")} |");
        }
    }

    private static string Number(double? value, string format, string unit = "") => value is { } v ? v.ToString(format) + unit : "—";

    public static string Scenario(ScenarioReport s)
    {
        var md = new StringBuilder();
        md.AppendLine($"## {s.Name}{(s.Store is null ? "" : $" on {(s.Store == "postgres" ? "PostgreSQL" : "SQLite")}")}, {s.Tablets:N0} tablets: {(s.Passed ? "correct" : "FAILED")}");
        md.AppendLine();
        md.AppendLine($"Set-up (sitting, roster, credential sheet) {s.SetupSeconds:N1} s, not measured; the scenario took {s.Seconds:N1} s.");
        md.AppendLine();
        md.AppendLine("| phase | done | failed | sent within | time | rate | p50 | p95 | p99 | max | server CPU | load average |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var phases = s.Connects.Select(c => (c.Started, Row: Connect(c)))
            .Concat(s.Ballots.SelectMany(r => r.Bursts).Select(b => (b.Started, Row: Burst(b))));
        if (s.Baseline is { } bare)
        {
            phases = phases.Append((bare.Connect.Started, Connect(bare.Connect)))
                .Concat(bare.Bursts.Select(b => (b.Burst.Started, Burst(b.Burst))));
        }
        foreach (var (_, row) in phases.OrderBy(p => p.Started)) md.AppendLine(row);
        md.AppendLine();
        md.AppendLine("Latencies in ms, from each tablet's own start (sign-in: connect until the SignedIn push with the sitting's state; cast: send to durable ack). "
            + "A burst's time runs from the first send to the last ack, its rate is acks per second over that time, and "
            + "\"sent within\" is how long the generator took to send every cast of it.");
        if (s.Ballots.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| ballot | items | opened on all tablets | issued | acked | returned | lost | doubled | counts | certified after close | result on all tablets |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
            foreach (var r in s.Ballots)
            {
                md.AppendLine(
                    $"| {r.Kind} | {r.Items} | {Seconds(r.OpenedOnAllTabletsSeconds)} | {r.Tally.Issued:N0} | {r.Tally.Acknowledged:N0} | {r.Tally.Returned:N0} | {r.Tally.Lost} | {r.Tally.Doubled} | "
                    + $"{(r.Tally.CountDifferences.Count == 0 ? "as sent" : $"{r.Tally.CountDifferences.Count} differ")} | {r.CertifiedSeconds:N3} s | {Seconds(r.ResultOnAllTabletsSeconds)} |");
            }
        }
        if (s.Baseline is { } baseline) Baseline(md, s, baseline);
        if (s.PerServer is { Count: > 0 } perServer) Hall(md, s, perServer);
        if (s.Failover is { } failover) Failover(md, failover);
        md.AppendLine();
        md.AppendLine($"Server ({s.Server.Process}): {Usage(s.Server)}."
            + (s.Server.OpenFilesAllConnected is { } files ? $" Open files with every tablet connected: {files:N0} of {s.Server.OpenFileLimit:N0}." : "")
            + (s.Generator is { } generator ? $" Load generator: {Usage(generator)}." : ""));
        md.AppendLine();
        md.AppendLine($"Connections dropped by the server: {s.DroppedByServer}. Attendance pushes received by the tablets: {s.AttendancePushesReceived:N0}.");
        md.AppendLine();
        md.AppendLine(s.Errors.Count == 0 ? "Errors: none." : "| errors (where: code) | count |\n|---|---:|\n"
            + string.Join('\n', s.Errors.Select(e => $"| {e.Key} | {e.Value:N0} |")));
        md.AppendLine();
        md.AppendLine("| check | | |");
        md.AppendLine("|---|---|---|");
        foreach (var c in s.Checks) md.AppendLine($"| {c.What} | {(c.Passed ? "yes" : "**NO**")} | {c.Detail} |");
        if (s.Targets.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| target | measured | | margin |");
            md.AppendLine("|---|---:|---|---|");
            foreach (var t in s.Targets)
                md.AppendLine($"| {t.Target} | {t.Measured} | {t.Met switch { true => "met", false => "**missed**", null => "—" }} | {t.Margin} |");
        }
        foreach (var note in s.Notes) md.AppendLine().AppendLine(note);
        return md.ToString();
    }

    /// <summary>The venue server against the bare path: sign-in, each burst, memory.</summary>
    private static void Baseline(StringBuilder md, ScenarioReport s, BaselineComparison bare)
    {
        var signIn = s.Connects[0];
        md.AppendLine();
        md.AppendLine($"Against the bare path ({bare.Server}), same machine, same tablets, run right after the venue server, each burst "
            + "measured on its second run (the venue server's figure as a ratio of the bare path's):");
        md.AppendLine();
        md.AppendLine("| | venue server | bare path | ratio |");
        md.AppendLine("|---|---:|---:|---:|");
        md.AppendLine($"| {signIn.Name} / connect: time | {signIn.Seconds:N2} s | {bare.Connect.Seconds:N2} s | {bare.SignInTimeRatio:N2}× |");
        md.AppendLine($"| {signIn.Name} / connect: server CPU | {signIn.ServerCpuSeconds:N1} s | {bare.Connect.ServerCpuSeconds:N1} s | {bare.SignInCpuRatio:N2}× |");
        var bursts = s.Ballots.SelectMany(b => b.Bursts).ToList();
        foreach (var (b, product) in bare.Bursts.Zip(bursts))
        {
            md.AppendLine($"| {b.Kind}: throughput | {product.PerSecond:N0}/s | {b.Burst.PerSecond:N0}/s | {b.ThroughputRatio:N2}× |");
            md.AppendLine($"| {b.Kind}: p99 ack | {product.Latency.P99:N1} ms | {b.Burst.Latency.P99:N1} ms | {b.P99Ratio:N2}× |");
        }
        md.AppendLine($"| server peak RSS | {s.Server.PeakRssMiB:N0} MiB | {bare.Usage.PeakRssMiB:N0} MiB | "
            + (bare.RssRatio is { } rss ? $"{rss:N2}× |" : "— |"));
        md.AppendLine();
        md.AppendLine($"Bare path server: {Usage(bare.Usage)}.");
    }

    /// <summary>Each server of the hall, and all together.</summary>
    private static void Hall(StringBuilder md, ScenarioReport s, IReadOnlyList<ServerFigures> servers)
    {
        md.AppendLine();
        md.AppendLine("| server | signed in | moved in | acks | p50 | p95 | p99 | max | errors |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in servers)
            md.AppendLine($"| {f.Server} | {f.SignedIn:N0} | {f.MovedIn:N0} | {f.Acked:N0} | {Latency(f.Latency)} | {f.Errors:N0} |");
        var overall = s.Ballots.SelectMany(b => b.Bursts).ToList();
        md.AppendLine($"| all | {servers.Sum(f => f.SignedIn):N0} | {servers.Sum(f => f.MovedIn):N0} | {servers.Sum(f => f.Acked):N0} | "
            + (overall.Count == 1 ? Latency(overall[0].Latency) : " | | | ") + $" | {servers.Sum(f => f.Errors):N0} |");
        md.AppendLine();
        md.AppendLine("Per server: an ack counts for the server that gave it, its latency from the cast's first send (a resend after a "
            + "move included); errors are those met on that server (lost connections included).");
    }

    private static void Failover(StringBuilder md, FailoverFigures f)
    {
        md.AppendLine();
        md.AppendLine("| killed (SIGKILL) | after | acks before | its tablets | moved | switch p50 | p95 | p99 | max | acked | counted | lost | doubled |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine($"| {f.Killed} | {f.KilledAfterSeconds:N3} s | {f.AckedBeforeKill:N0} | {f.TabletsOnKilled:N0} | {f.Moved:N0} | {Latency(f.Switch)} | "
            + $"{f.Acked:N0} | {f.Counted:N0} | {f.Lost} | {f.Doubled} |");
        md.AppendLine();
        md.AppendLine($"Switch time in ms: from the kill until each tablet of the killed server was signed in again on {f.Survivor}. "
            + "Counted is what the ballot, closed on the surviving server, returned; lost is acked but not counted, doubled the reverse.");
    }

    private static string Connect(ConnectPhase c) =>
        $"| {c.Name} | {c.Connected:N0} | {c.Failed:N0} | | {c.Seconds:N2} s | {c.PerSecond:N0}/s | {Latency(c.Latency)} | {c.ServerCpuSeconds:N1} s | |";

    private static string Burst(BurstPhase b) =>
        $"| {b.Name} | {b.Acked:N0}{(b.Duplicates > 0 ? $" ({b.Duplicates:N0} duplicates)" : "")} | {b.Failed:N0} | {b.SendSpreadMs:N0} ms | "
        + $"{b.Seconds:N2} s | {b.PerSecond:N0}/s | {Latency(b.Latency)} | {b.ServerCpuSeconds:N1} s | {b.LoadAverage} |";

    private static string Latency(LatencySummary l) => $"{l.P50:N1} | {l.P95:N1} | {l.P99:N1} | {l.Max:N1}";

    private static string Usage(ProcessUsage u) => (
        $"RSS {u.RssMiBAtEnd:N0} MiB at the end, {u.PeakRssMiB:N0} MiB at the peak, CPU {u.CpuSeconds:N1} s"
        + (u.IncludesGenerator ? " (one process with the generator: its memory and CPU are included)" : ""));

    private static string Seconds(double? seconds) => seconds is { } s ? s.ToString("N3") + " s" : "not all";
}
