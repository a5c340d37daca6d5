using System.Diagnostics;
using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.Verifier;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// After a burst: the chief scrutineer signs the count record with their card, the secretariat publishes it, and the
/// notice's publication bundle is downloaded and checked by the offline verifier (src/Verifier), timed: five times in
/// this process (reading the file and every check; the first run includes loading and compiling the code), and once
/// as the command a user runs (<c>dotnet PeoplesCongress.Verifier.dll</c>, start-up included). Not part of the load
/// figures: it runs after the ballot, while the tablets idle.
/// </summary>
internal static class BundleCheck
{
    private const int Runs = 5;

    public static async Task RunAsync(ScenarioRun run)
    {
        var sitting = run.Sitting;
        var ballot = (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).Where(b => b.State == BallotState.Closed).MaxBy(b => b.Id)!;
        await sitting.Scrutineer.SignCountRecordAsync(ballot.Id);
        var notice = await sitting.Secretariat.PublishAsync(ballot.Id);
        var text = Encoding.UTF8.GetString(await sitting.Secretariat.DownloadAsync(notice.BundleUrl));
        var path = Path.Combine(Path.GetTempPath(), $"peoplescongress-bundle-{run.Name}-{run.Tablets}.json");
        await File.WriteAllTextAsync(path, text, run.Token);
        var fingerprint = (await sitting.Secretariat.ServerKeyAsync()).Fingerprint;

        var times = new List<double>();
        VerificationReport report = null!;
        PublicationBundle bundle = null!;
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            bundle = BundleFile.Read(path);
            report = BundleVerifier.Verify(bundle, fingerprint);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var (exit, command) = await RunCommandAsync(path, fingerprint);
        run.Check("bundle: the offline verifier finds every check holding", report.Holds && exit == 0,
            report.Holds ? $"exit code {exit}" : string.Join(", ", report.FailedCodes));
        run.Note($"Publication bundle of the burst's ballot: {bundle.Box.Count:N0} ballots, {bundle.TrackingCodes.Count:N0} tracking codes, "
                 + $"{bundle.Audit.Count:N0} audit entries, {Encoding.UTF8.GetByteCount(text) / 1024.0:N0} KiB. The offline verifier read and "
                 + $"checked it (signatures, box root, recount, audit chain) in {string.Join(", ", times.Select(t => $"{t:N0}"))} ms in process "
                 + $"({Runs} runs, the first with JIT), and in {command:N0} ms as the command `dotnet PeoplesCongress.Verifier.dll` "
                 + "(start-up included).");
    }

    private static async Task<(int Exit, double Milliseconds)> RunCommandAsync(string path, string fingerprint)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(BundleVerifier).Assembly.Location, path, "--server-key", fingerprint }) start.ArgumentList.Add(argument);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, errors);
        return (process.ExitCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
