namespace PeoplesCongress.LoadTests;

/// <summary>A run: start (or find) the venue server, run the scenarios in order, write the report.</summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var started = DateTimeOffset.Now;
        var machine = MachineFacts.Now();
        Console.WriteLine($"{string.Join(", ", options.Scenarios)} with {string.Join(", ", options.AllSizes.Select(n => n.ToString("N0")))} tablets on {machine.Cores} cores; load average {machine.LoadAverage}");
        if (machine.OtherBusyProcesses.Count > 0) Console.WriteLine($"other processes sharing the machine: {string.Join(", ", machine.OtherBusyProcesses)}");

        // A venue server runs one sitting: each scenario gets a fresh one, so its memory and CPU are its own. A server
        // given with --server is shared by every scenario, and each report says how many ran on it before.
        var givenServers = options.Servers.Select((url, i) =>
            new ExternalServer(url, options.SecretariatCode!, options.ServerPids.Count > 0 ? options.ServerPids[i] : null)).ToList();
        var given = givenServers.FirstOrDefault();
        var reports = new List<ScenarioReport>();
        string? description = null;
        var skipped = new List<string>();
        foreach (var (size, name) in options.AllSizes.SelectMany(size => options.Scenarios.Select(name => (size, name))))
        {
            if (!options.Fits(name, size))
            {
                skipped.Add($"{name} at {size:N0} tablets: it drives single tablets in one generator process, which holds at most {options.TabletsPerProcess:N0}");
                continue;
            }
            // --compare-stores: the same scenario on one server on SQLite, then on one on PostgreSQL.
            foreach (var store in options.CompareStores ? ["sqlite", "postgres"] : new[] { options.Store })
            {
                var scenarioOptions = options with { Store = store, Tablets = size };
                await using var hall = given is null ? await StartedHall.StartAsync(scenarioOptions) : null;
                IServerUnderTest venue = given ?? hall!.Venue;
                Console.WriteLine($"server: {venue.Description}");
                description ??= givenServers.Count > 0 ? string.Join("; ", givenServers.Select(s => s.Description))
                    : ServerSettings.Describe(options.SeparateProcess) + StartedHall.Describe(options);
                await using var progress = new Progress(venue.Stats);
                var context = new LoadContext(scenarioOptions, venue, progress, given is null ? 0 : reports.Count)
                {
                    HallUrls = hall?.Urls ?? [.. givenServers.Select(s => s.Url)], Given = givenServers,
                    HallSettings = hall?.Settings ?? [], Started = hall?.Servers ?? [],
                };
                var report = await Scenario.RunAsync(name, context);
                if (given is null) report = report with { Store = store };
                reports.Add(report);
                Console.Error.WriteLine();
                Console.WriteLine(MarkdownReport.Scenario(report));
            }
        }

        var run = new RunReport(options.CommandLine, started, DateTimeOffset.Now, options.Tablets, machine,
            MachineFacts.LoadAverageNow(), description!, reports, options.CompareStores ? StoreComparison.Of(reports) : null,
            options.AllSizes.Count > 1 ? ScalingRow.Of(reports) : null, skipped);
        foreach (var file in ReportFiles.Write(run, options.ResultsDirectory)) Console.WriteLine($"wrote {file}");
        return reports.All(r => r.Passed) ? 0 : 1;
    }
}
