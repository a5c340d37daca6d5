using System.Globalization;
using System.Runtime;
using System.Text.Json.Nodes;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// The garbage collector and compiler settings in the venue server's runtimeconfig: named in the report, and given to
/// the bare path's process too, so that the two are compared like with like.
/// </summary>
internal static class ServerSettings
{
    private const string RuntimeConfig = "PeoplesCongress.VotingServer.runtimeconfig.json";

    /// <summary>Runtimeconfig names and the environment variables that set the same for another process.</summary>
    private static readonly Dictionary<string, string> EnvironmentNames = new()
    {
        ["System.GC.Server"] = "DOTNET_gcServer",
        ["System.GC.Concurrent"] = "DOTNET_gcConcurrent",
        ["System.GC.Gen0MaxBudget"] = "DOTNET_GCGen0MaxBudget",
        ["System.GC.ConserveMemory"] = "DOTNET_GCConserveMemory",
        ["System.Runtime.TieredCompilation"] = "DOTNET_TieredCompilation",
        ["System.Runtime.TieredPGO"] = "DOTNET_TieredPGO",
    };

    public static string Describe(bool separateProcess) => separateProcess
        ? $"VotingServer, a fresh child process for each scenario; runtime settings from its runtimeconfig: {Listed(VenueRuntime())}"
        : $"VotingServer in this process, started afresh for each scenario; {(GCSettings.IsServerGC ? "server" : "workstation")} GC and compiler settings of the generator";

    /// <summary>The venue server's runtime settings as environment variables (hexadecimal numbers, 1/0 for true/false).</summary>
    public static IEnumerable<(string Name, string Value)> VenueRuntimeAsEnvironment() =>
        from setting in VenueRuntime()
        select (Name: EnvironmentNames[setting.Key], Value: setting.Value switch
        {
            true => "1",
            false => "0",
            long number => number.ToString("x", CultureInfo.InvariantCulture),
            var other => $"{other}",
        });

    private static string Listed(IReadOnlyDictionary<string, object?> settings) =>
        settings.Count == 0 ? "none" : string.Join(", ", settings.Select(p => $"`{p.Key}` = {p.Value?.ToString()?.ToLowerInvariant()}"));

    private static IReadOnlyDictionary<string, object?> VenueRuntime()
    {
        var path = Path.Combine(AppContext.BaseDirectory, RuntimeConfig);
        if (!File.Exists(path)) return new Dictionary<string, object?>();
        var properties = JsonNode.Parse(File.ReadAllText(path))?["runtimeOptions"]?["configProperties"]?.AsObject() ?? [];
        return properties.Where(p => EnvironmentNames.ContainsKey(p.Key)).ToDictionary(
            p => p.Key,
            p => p.Value?.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.True => true,
                System.Text.Json.JsonValueKind.False => false,
                System.Text.Json.JsonValueKind.Number => (object?)p.Value.GetValue<long>(),
                _ => p.Value?.ToString(),
            });
    }
}
