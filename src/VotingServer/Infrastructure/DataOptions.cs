using Microsoft.Data.Sqlite;

namespace PeoplesCongress.VotingServer.Infrastructure;

public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>Folder for the database and the log files; relative paths start at the working directory.</summary>
    public string Directory { get; set; } = "data";

    public string FullDirectory => Path.GetFullPath(Directory);
    public string DatabasePath => Path.Combine(FullDirectory, "venue.db");
    public string LogDirectory => Path.Combine(FullDirectory, "logs");

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
