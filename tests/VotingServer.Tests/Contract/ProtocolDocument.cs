using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>
/// The examples of docs/protocol.md: fenced blocks opened with ```json example:ID, each compared with the JSON of
/// the same id recorded from a real session (regenerate: see <see cref="ContractFile"/>).
/// </summary>
public static partial class ProtocolDocument
{
    public const string File = "docs/protocol.md";

    public static void AssertExamplesMatch(IReadOnlyDictionary<string, string> recorded)
    {
        var text = ContractFile.Read(File);
        var shown = ExampleBlock().Matches(text).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["json"].Value);
        var missing = recorded.Keys.Except(shown.Keys).Order().ToList();
        var unknown = shown.Keys.Except(recorded.Keys).Order().ToList();
        if (unknown.Count > 0)
            throw new XunitException($"{File} shows examples no session records: {string.Join(", ", unknown)}.");
        if (missing.Count > 0)
            throw new XunitException(
                $"{File} lacks the recorded examples {string.Join(", ", missing)}: add a block ```json example:ID for each.");

        var regenerated = ExampleBlock().Replace(text, m =>
            $"```json example:{m.Groups["id"].Value}\n{recorded[m.Groups["id"].Value]}\n```");
        ContractFile.AssertMatches(File, regenerated);
    }

    [GeneratedRegex("^```json example:(?<id>[a-z0-9-]+)\n(?<json>.*?\n)```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
