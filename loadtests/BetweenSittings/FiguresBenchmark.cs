using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Demo;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// `between-sittings`: how long the standing committee's figures take for a term of a given size. A server in this
/// process, a term made up by <see cref="GeneratedTerm"/> (商州's 1,177 deputies in 74 stations with 300 suggestions by
/// default), then each read through the HTTP API as the pages make it: the first (cold) and then repeated, with the
/// spread. Writes loadtests/results/{time}-between-sittings-{size}.md.
/// </summary>
internal static class FiguresBenchmark
{
    public const string Command = "between-sittings";

    public static async Task<int> RunAsync(string[] args)
    {
        var shapes = Sizes(args);
        var repeats = Option(args, "--repeats") ?? 20;
        var report = new StringBuilder();
        var machine = MachineFacts.Now();
        report.AppendLine("# Between sittings: the figures of a term, timed").AppendLine()
            .AppendLine($"`dotnet run -c Release --project loadtests -- {string.Join(' ', args)}` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.")
            .AppendLine($"{machine.Cores} cores ({machine.CpuModel}), {machine.MemoryGiB} GiB, {machine.Runtime}; load average {machine.LoadAverage} at the start;"
                + $" other busy processes: {(machine.OtherBusyProcesses.Count == 0 ? "none" : string.Join(", ", machine.OtherBusyProcesses))}.").AppendLine()
            .AppendLine("Each read goes through the HTTP API as the secretariat's page makes it, to a server in this process on SQLite; "
                + $"the first read is cold (its code not yet compiled), the others are {repeats} repeats: median and range.").AppendLine()
            .AppendLine("| term | generated in | read | first | median | fastest | slowest |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var shape in shapes)
        {
            var data = TempData.NewDirectory("between");
            var app = VenueApp.Build(["--urls=http://127.0.0.1:0", $"--Data:Directory={data}", "--Serilog:MinimumLevel:Default=Warning"]);
            try
            {
                await app.PrepareAsync();
                await app.StartAsync();
                var api = VenueApiClient.Create(new Uri(app.Urls.Single()), app.Services.GetRequiredService<BootstrapCredential>().Code!);
                var now = DateTimeOffset.UtcNow;
                var watch = Stopwatch.StartNew();
                var termId = await GeneratedTerm.WriteAsync(app.Services.GetRequiredService<GroupCommitWriter>(), "基准测试届", shape, ChinaTime.Date(now), now);
                var generated = watch.Elapsed;
                var size = $"{shape.Deputies:N0} deputies, {shape.Stations:N0} stations, {shape.Departments} departments, {shape.Suggestions:N0} suggestions";
                foreach (var (read, call) in Reads(api, termId))
                {
                    var times = new List<double>();
                    for (var i = 0; i <= repeats; i++)
                    {
                        watch.Restart();
                        await call();
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                    var warm = times.Skip(1).Order().ToList();
                    report.AppendLine(CultureInfo.InvariantCulture,
                        $"| {size} | {generated.TotalSeconds:0.0} s | {read} | {times[0]:0} ms | {warm[warm.Count / 2]:0} ms | {warm[0]:0} ms | {warm[^1]:0} ms |");
                    Console.WriteLine($"{size}: {read} first {times[0]:0} ms, median {warm[warm.Count / 2]:0} ms");
                }
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
                TempData.Delete(data);
            }
        }
        var file = Path.Combine(LoadOptions.ProjectDirectory(), "results", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-between-sittings-{shapes.Count}-sizes.md");
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine($"wrote {file}");
        return 0;
    }

    /// <summary>What the secretariat's pages read: the dashboard, the list, the reminders, and the report as PDF and workbook.</summary>
    private static IEnumerable<(string Read, Func<Task> Call)> Reads(VenueApiClient api, int termId) =>
    [
        ("suggestion figures (dashboard)", () => api.SuggestionFiguresAsync(termId)),
        ("all suggestions (list)", () => api.SuggestionsAsync(termId)),
        ("reminders", () => api.SuggestionRemindersAsync(termId)),
        ("办理情况报告, PDF", () => api.SuggestionReportPdfAsync(termId)),
        ("办理情况报告, XLSX", () => api.SuggestionReportXlsxAsync(termId)),
    ];

    /// <summary>商州's size, and with `--province` one of tens of thousands of deputies besides.</summary>
    private static List<GeneratedTerm.Shape> Sizes(string[] args) =>
        args.Contains("--province") ? [new(), new(Deputies: 30_000, Stations: 1_500, Departments: 60, Suggestions: 6_000)] : [new()];

    private static int? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
}
