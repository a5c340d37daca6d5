namespace PeoplesCongress.TestSupport;

/// <summary>
/// The data folder of a hall's second server while the store is one SQLite file: it starts as a copy of the first
/// server's venue CA (https/) and signing key, as a real second server's does, and its venue.db is a symbolic link
/// to the first server's file (SQLite follows the link, so both processes share one database, its WAL and its
/// locks). Logs, notices and everything else each server writes stay in its own folder. On PostgreSQL
/// (shareSqliteFile false) the folder holds just the copied CA and key.
/// </summary>
public static class SecondServerFolder
{
    public static string CreateFrom(string firstDataDirectory, bool shareSqliteFile = true)
    {
        var second = Directory.CreateTempSubdirectory("pc-second-").FullName;
        var https = Path.Combine(firstDataDirectory, "https");
        if (Directory.Exists(https))
        {
            Directory.CreateDirectory(Path.Combine(second, "https"));
            foreach (var file in Directory.GetFiles(https)) File.Copy(file, Path.Combine(second, "https", Path.GetFileName(file)));
        }
        const string signingKey = "server-signing-key.pem";
        File.Copy(Path.Combine(firstDataDirectory, signingKey), Path.Combine(second, signingKey));
        if (shareSqliteFile) File.CreateSymbolicLink(Path.Combine(second, "venue.db"), Path.Combine(firstDataDirectory, "venue.db"));
        return second;
    }
}
