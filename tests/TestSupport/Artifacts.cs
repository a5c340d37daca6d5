namespace PeoplesCongress.TestSupport;

/// <summary>Files the tests leave for people to look at: artifacts/ at the repository root (ignored by git).</summary>
public static class Artifacts
{
    public static string Folder(params string[] parts)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PeoplesCongress.sln"))) root = root.Parent;
        var folder = Path.Combine([root?.FullName ?? Path.GetTempPath(), "artifacts", .. parts]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
