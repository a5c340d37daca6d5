namespace PeoplesCongress.VoterClient.Tests.Browser;

/// <summary>artifacts/screenshots/tablet/ under the repository root, where a person can look at every screen.</summary>
public static class Screenshots
{
    public static readonly string Folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots", "tablet");

    public static string PathFor(string screen) => Path.Combine(Folder, screen + ".png");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PeoplesCongress.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("PeoplesCongress.sln not found above " + AppContext.BaseDirectory);
    }
}
