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
        var givenServers = options.Servers.Select((url, i) =>
            new ExternalServer(url, options.SecretariatCode!, options.ServerPids.Count > 0 ? options.ServerPids[i] : null)).ToList();
        var given = givenServers.FirstOrDefault();
        var reports = new List<ScenarioReport>();
        string? description = null;
        foreach (var name in options.Scenarios)
        {
            var (venue, hall, settings) = given is not null
                ? (given, givenServers.Select(s => s.Url).ToList(), [])
                : await StartVenueAsync(options);
            try
            {
                Console.WriteLine($"server: {venue.Description}");
                description ??= givenServers.Count > 0 ? string.Join("; ", givenServers.Select(s => s.Description))
                    : ServerSettings.Describe(options.SeparateProcess)
                    + (options.StartServers > 1 ? $"; two servers on one SQLite file ({options.Store}), the second started once the ballot is open" : "");
                await using var progress = new Progress(venue.Stats);
                var context = new LoadContext(options, venue, progress, given is null ? 0 : reports.Count)
                {
                    HallUrls = hall, Given = givenServers, HallSettings = settings,
                };
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

    /// <summary>The venue server for a scenario; for two servers, the first, told the hall's list with the second's port.</summary>
    private static async Task<(IServerUnderTest Venue, IReadOnlyList<Uri> Hall, IReadOnlyList<string> Settings)> StartVenueAsync(LoadOptions options)
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        if (options.StartServers > 1)
        {
            List<Uri> hall = [.. Enumerable.Range(0, options.StartServers).Select(_ => new Uri($"http://127.0.0.1:{ChildServer.FreePort()}/"))];
            string[] settings = [.. hall.Select((url, i) => $"--Venue:Servers:{i}={url.ToString().TrimEnd('/')}")];
            var first = await ChildServer.StartVenueAsync(startup.Token, hall[0].Port, settings);
            return (first, hall, settings);
        }
        IServerUnderTest venue = options.SeparateProcess ? await ChildServer.StartVenueAsync(startup.Token) : await InProcessServer.StartVenueAsync();
        return (venue, [venue.Url], []);
    }
}
