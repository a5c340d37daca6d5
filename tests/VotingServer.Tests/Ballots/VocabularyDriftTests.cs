using System.Diagnostics;
using System.Text.Json;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Ballots.Kinds;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>
/// The pages' vocabulary (wwwroot/js/common/ballots.js) says what the server's kinds, options and outcomes say, and
/// treats each kind as its descriptor does (adopts projects, grades, marks items):
/// the module is loaded by Node.js and compared with the descriptors and the rules' wording.
/// </summary>
public sealed class VocabularyDriftTests
{
    [Fact]
    public async Task ThePagesNameKindsOptionsAndOutcomesAsTheServerDoes()
    {
        using var pages = await LoadAsync();
        var root = pages.RootElement;

        Assert.Equal(
            KindCatalog.Codes.Select(c => (c.Wire(), KindCatalog.Of(c).Label)).OrderBy(p => p.Item1, StringComparer.Ordinal),
            root.GetProperty("kindLabels").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).OrderBy(p => p.Name, StringComparer.Ordinal));
        Assert.Equal(
            BallotOptions.Approvals.Select(o => (o.Code.Wire(), o.Label)),
            root.GetProperty("approvalOptions").EnumerateArray().Select(o => (o.GetProperty("code").GetString()!, o.GetProperty("label").GetString()!)));
        Assert.All(AppraisalScales.All, scale => Assert.Equal(
            string.Join(" / ", BallotOptions.Levels(scale).Select(o => o.Label)), root.GetProperty("scaleLabels").GetProperty(scale).GetString()));
        Assert.All(
            root.GetProperty("outcomeLabels").EnumerateObject(),
            outcome => Assert.Equal(ProjectCounts.OutcomeWords(outcome.Name), outcome.Value.GetString()));
        Assert.All(root.GetProperty("traits").EnumerateArray(), traits =>
        {
            var kind = KindCatalog.Of(WireNames.Parse<BallotKind>(traits.GetProperty("code").GetString()!));
            Assert.Equal((kind.AdoptsProjects, kind.Grades, !kind.ChoosesPerItem),
                (traits.GetProperty("adopts").GetBoolean(), traits.GetProperty("grades").GetBoolean(), traits.GetProperty("marks").GetBoolean()));
        });
    }

    private static async Task<JsonDocument> LoadAsync()
    {
        var module = Path.Combine(AppContext.BaseDirectory, "wwwroot", "js", "common", "ballots.js");
        var script = $$"""
            const b = await import({{JsonSerializer.Serialize(new Uri(module).AbsoluteUri)}});
            console.log(JSON.stringify({ kindLabels: b.kindLabels, approvalOptions: b.approvalOptions,
              scaleLabels: b.scaleLabels, outcomeLabels: b.outcomeLabels,
              traits: Object.keys(b.kindLabels).map((code) => ({ code, adopts: b.isProjectKind(code),
                grades: b.isAppraisalKind(code), marks: b.marksItems(code) })) }));
            """;
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        Assert.True(node.ExitCode == 0, await errors);
        return JsonDocument.Parse(await output);
    }
}
