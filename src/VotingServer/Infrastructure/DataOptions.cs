using Microsoft.Data.Sqlite;
using Npgsql;

namespace PeoplesCongress.VotingServer.Infrastructure;

public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>Folder for the database and the log files; relative paths start at the working directory.</summary>
    public string Directory { get; set; } = "data";

    /// <summary>The store: <c>sqlite</c> (the default; one file in <see cref="Directory"/>) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The PostgreSQL database (an Npgsql connection string), when <see cref="Provider"/> is <c>postgres</c>.</summary>
    public string PostgresConnection { get; set; } = "";

    /// <summary>
    /// <see cref="PostgresConnection"/> as the server's connections use it. With several hosts (a primary and its
    /// standby), Npgsql remembers which one is the primary for Host Recheck Seconds (10 by default): after a promotion
    /// the writer and the feed would find no primary for that long. The server asks again after one second.
    /// </summary>
    /// <remarks>
    /// Unless the connection string names its own Maximum Pool Size, the pool is capped at
    /// <see cref="DefaultPoolSize"/>: Npgsql's own default (100 per server) lets two servers signing thousands of
    /// tablets in at once take every one of PostgreSQL's 100 connections, and the next sign-in fails with 53300.
    /// A request that finds the pool busy waits for a connection instead.
    /// </remarks>
    public string PostgresConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresConnection) { HostRecheckSeconds = 1 };
            if (!NamesPoolSize(PostgresConnection)) builder.MaxPoolSize = DefaultPoolSize;
            return builder.ConnectionString;
        }
    }

    /// <summary>Connections one server may hold: two servers, their feeds and the writers stay well under 100.</summary>
    public const int DefaultPoolSize = 40;

    private static bool NamesPoolSize(string connection) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection }.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "").Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
                || key.Replace(" ", "").Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    public string FullDirectory => Path.GetFullPath(Directory);
    public string DatabasePath => Path.Combine(FullDirectory, "venue.db");
    public string LogDirectory => Path.Combine(FullDirectory, "logs");

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Refuses a provider it does not know, and PostgreSQL without a connection string, before anything starts.</summary>
    public void Check()
    {
        if (!IsPostgres && !Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Data:Provider must be \"sqlite\" or \"postgres\", not \"{Provider}\".");
        if (IsPostgres && string.IsNullOrWhiteSpace(PostgresConnection))
            throw new InvalidOperationException("Data:Provider is \"postgres\": set Data:PostgresConnection to the Npgsql connection string.");
    }
}
