using Xunit.Sdk;

namespace PeoplesCongress.VotingServer.Tests.Contract;

/// <summary>
/// A committed contract file under docs/, compared with what the running server produces. After an intended change,
/// run the contract tests with UPDATE_CONTRACT=1 to rewrite the files, then review and commit the diff:
/// <c>UPDATE_CONTRACT=1 dotnet test tests/VotingServer.Tests --filter FullyQualifiedName~Contract</c>.
/// </summary>
public static class ContractFile
{
    public const string UpdateSwitch = "UPDATE_CONTRACT";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateSwitch) == "1";

    public static string PathOf(string relative)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PeoplesCongress.sln"))) root = root.Parent;
        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("The repository root was not found."), relative);
    }

    public static string Read(string relative) => File.Exists(PathOf(relative)) ? Normalise(File.ReadAllText(PathOf(relative))) : "";

    /// <summary>Fails unless the committed file is <paramref name="actual"/>; with the switch on, rewrites it instead.</summary>
    public static void AssertMatches(string relative, string actual)
    {
        actual = Normalise(actual);
        var committed = Read(relative);
        if (committed == actual) return;
        if (Updating)
        {
            File.WriteAllText(PathOf(relative), actual);
            return;
        }
        throw new XunitException(
            $"{relative} differs from what the server produces ({FirstDifference(committed, actual)}). If the change is " +
            $"intended, regenerate it with {UpdateSwitch}=1 dotnet test tests/VotingServer.Tests --filter " +
            "FullyQualifiedName~Contract, review the diff and commit it.");
    }

    public static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string committed, string actual)
    {
        var expected = committed.Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, got.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "(end of file)";
            var g = i < got.Length ? got[i] : "(end of file)";
            if (e != g) return $"first at line {i + 1}: committed \"{Cut(e)}\", served \"{Cut(g)}\"";
        }
        return "same lines";
    }

    private static string Cut(string line) => line.Length > 100 ? line[..100] + "…" : line.Trim();
}
