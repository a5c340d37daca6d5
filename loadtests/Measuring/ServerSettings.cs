using System.Runtime;
using System.Text.Json.Nodes;

namespace PeoplesCongress.LoadTests;

/// <summary>For the report: how the venue server is started, and the garbage collector settings it runs with.</summary>
internal static class ServerSettings
{
    private const string RuntimeConfig = "PeoplesCongress.VotingServer.runtimeconfig.json";

    public static string Describe(bool separateProcess) => separateProcess
        ? $"VotingServer, a fresh child process for each scenario; GC settings from its runtimeconfig: {ChildGcSettings()}"
        : $"VotingServer in this process, started afresh for each scenario; {(GCSettings.IsServerGC ? "server" : "workstation")} GC of the generator";

    private static string ChildGcSettings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, RuntimeConfig);
        if (!File.Exists(path)) return $"{RuntimeConfig} not found";
        var properties = JsonNode.Parse(File.ReadAllText(path))?["runtimeOptions"]?["configProperties"]?.AsObject();
        var gc = properties?.Where(p => p.Key.StartsWith("System.GC.", StringComparison.Ordinal)).Select(p => $"`{p.Key}` = {p.Value?.ToJsonString()}");
        return gc is null || !gc.Any() ? "none" : string.Join(", ", gc);
    }
}
