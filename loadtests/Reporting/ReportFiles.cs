using System.Text.Json;

namespace PeoplesCongress.LoadTests;

/// <summary>Each run's report as JSON and Markdown under results/, one file each per run, and latest.md.</summary>
internal static class ReportFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<string> Write(RunReport run, string directory)
    {
        Directory.CreateDirectory(directory);
        var names = run.Scenarios.Select(s => s.Name).Distinct().ToList();
        var scenario = (names.Count == 1 ? names[0] : "all") + (run.StoreComparisons is null ? "" : "-compare-stores");
        var sizes = run.Scaling is null ? $"{run.Tablets}" : "scaling-" + string.Join('-', run.Scenarios.Select(s => s.Tablets).Distinct().Order());
        var stem = Path.Combine(directory, $"{run.Started:yyyyMMdd-HHmmss}-{scenario}-{sizes}");
        var markdown = MarkdownReport.Header(run) + string.Concat(run.Scenarios.Select(s => "\n" + MarkdownReport.Scenario(s)));
        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(run, Json));
        File.WriteAllText(stem + ".md", markdown);
        File.WriteAllText(Path.Combine(directory, "latest.md"), markdown);
        return [stem + ".json", stem + ".md", Path.Combine(directory, "latest.md")];
    }

    public static RunReport Read(string jsonFile) =>
        JsonSerializer.Deserialize<RunReport>(File.ReadAllText(jsonFile), Json) ?? throw new InvalidDataException($"{jsonFile} holds no report");
}
