namespace PeoplesCongress.LoadTests;

/// <summary>The scenarios by name, and running one so that whatever it measured is reported even if it fails midway.</summary>
internal static class Scenario
{
    /// <summary>In the order `all` runs them.</summary>
    private static readonly (string Name, Func<ScenarioRun, Task> Body)[] All =
    [
        ("sign-in-storm", SignInStorm.RunAsync),
        ("ballot-burst", BallotBurst.RunAsync),
        ("appraisal-burst", AppraisalBurst.RunAsync),
        (ReconnectStorm.Name, ReconnectStorm.RunAsync),
        ("full-sitting", FullSitting.RunAsync),
    ];

    /// <summary>The one-server scenarios, which `all` runs.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(s => s.Name)];

    /// <summary>Every scenario the tool knows: the one-server ones and the failover between two servers.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Names, Failover.Name];

    public static async Task<ScenarioReport> RunAsync(string name, LoadContext context)
    {
        await using var run = new ScenarioRun(name, context);
        try
        {
            await (name == Failover.Name ? Failover.RunAsync(run) : All.Single(s => s.Name == name).Body(run));
            run.Check("ran to its end within the time limit", true, $"limit {context.Options.TimeLimit.TotalSeconds:N0} s");
        }
        catch (Exception ex)
        {
            run.Check("ran to its end within the time limit", false, $"{ErrorTally.Code(ex)}: {ex.Message}");
        }
        return await run.FinishAsync();
    }
}
