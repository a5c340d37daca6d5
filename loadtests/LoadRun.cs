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

        await using var venue = await StartVenueAsync(options);
        Console.WriteLine($"server: {venue.Description}");
        await using var progress = new Progress(venue.Stats);
        var context = new LoadContext(options, venue, progress);
        var reports = new List<ScenarioReport>();
        foreach (var name in options.Scenarios)
        {
            var report = await Scenario.RunAsync(name, context with { ScenariosBefore = reports.Count });
            reports.Add(report);
            Console.Error.WriteLine();
            Console.WriteLine(MarkdownReport.Scenario(report));
        }

        var run = new RunReport(options.CommandLine, started, DateTimeOffset.Now, options.Tablets, machine,
            MachineFacts.LoadAverageNow(), venue.Description, reports);
        foreach (var file in ReportFiles.Write(run, options.ResultsDirectory)) Console.WriteLine($"wrote {file}");
        return reports.All(r => r.Passed) ? 0 : 1;
    }

    private static async Task<IServerUnderTest> StartVenueAsync(LoadOptions options)
    {
        if (options.Server is { } url) return new ExternalServer(url, options.SecretariatCode!, options.ServerPid);
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return options.SeparateProcess ? await ChildServer.StartVenueAsync(startup.Token) : await InProcessServer.StartVenueAsync();
    }
}
