namespace PeoplesCongress.LoadTests;

/// <summary>A run: start (or find) the venue server, run the scenarios in order, write the report.</summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var started = DateTimeOffset.Now;
        var machine = MachineFacts.Now();
        Console.WriteLine($"{string.Join(", ", options.Scenarios)} with {options.Tablets:N0} tablets on {machine.Cores} cores; load average {machine.LoadAverage}");
        if (machine.OtherBusyProcesses.Count > 0) Console.WriteLine($"other processes sharing the machine: {string.Join(", ", machine.OtherBusyProcesses)}");

        // A venue server runs one sitting: each scenario gets a fresh one, so its memory and CPU are its own. A server
        // given with --server is shared by every scenario, and each report says how many ran on it before.
        await using var given = options.Server is { } url ? new ExternalServer(url, options.SecretariatCode!, options.ServerPid) : null;
        var reports = new List<ScenarioReport>();
        string? description = null;
        foreach (var name in options.Scenarios)
        {
            var venue = given ?? await StartVenueAsync(options);
            try
            {
                Console.WriteLine($"server: {venue.Description}");
                description ??= given?.Description ?? ServerSettings.Describe(options.SeparateProcess);
                await using var progress = new Progress(venue.Stats);
                var context = new LoadContext(options, venue, progress, given is null ? 0 : reports.Count);
                var report = await Scenario.RunAsync(name, context);
                reports.Add(report);
                Console.Error.WriteLine();
                Console.WriteLine(MarkdownReport.Scenario(report));
            }
            finally
            {
                if (given is null) await venue.DisposeAsync();
            }
        }

        var run = new RunReport(options.CommandLine, started, DateTimeOffset.Now, options.Tablets, machine,
            MachineFacts.LoadAverageNow(), description!, reports);
        foreach (var file in ReportFiles.Write(run, options.ResultsDirectory)) Console.WriteLine($"wrote {file}");
        return reports.All(r => r.Passed) ? 0 : 1;
    }

    private static async Task<IServerUnderTest> StartVenueAsync(LoadOptions options)
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return options.SeparateProcess ? await ChildServer.StartVenueAsync(startup.Token) : await InProcessServer.StartVenueAsync();
    }
}
