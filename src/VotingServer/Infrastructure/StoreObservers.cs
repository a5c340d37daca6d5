using System.Data.Common;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// A copy of part of the store kept in memory (credentials, open ballots). The writer loads it at start and, after
/// every commit that touched its tables, refreshes it on the writer's thread before any caller of that commit is
/// answered: so a change is seen by the next call on any connection, and refreshes never overtake one another.
/// </summary>
public interface IStoreObserver
{
    /// <summary>Tables whose changed rows this copy follows (tables with an integer "Id"; rowid tables on SQLite).</summary>
    IReadOnlyCollection<string> Tables { get; }

    void Load(DbConnection connection);

    void Refresh(DbConnection connection, ChangedRows changed);
}

/// <summary>
/// The ids written in each followed table since the last refresh: collected by SQLite's update hook, or on PostgreSQL
/// from the row triggers' notifications (this server's own commits and other servers').
/// </summary>
public sealed class ChangedRows
{
    private readonly Dictionary<string, HashSet<long>> rows;

    internal ChangedRows(IEnumerable<string> tables) =>
        rows = tables.Distinct().ToDictionary(t => t, _ => new HashSet<long>(), StringComparer.Ordinal);

    public bool Any => rows.Values.Any(r => r.Count > 0);

    public IReadOnlyCollection<long> In(string table) => rows.TryGetValue(table, out var ids) ? ids : [];

    /// <summary>The ids of <paramref name="table"/> as the parameter of <see cref="StoreDialect.InList"/> on <paramref name="connection"/>.</summary>
    public object Ids(DbConnection connection, string table) => StoreDialect.Of(connection).ListValue(In(table));

    /// <summary>A row trigger's notification, "Table id"; null for anything else.</summary>
    internal static (string Table, long Id)? Parse(string payload)
    {
        var space = payload.LastIndexOf(' ');
        return space > 0 && long.TryParse(payload.AsSpan(space + 1), out var id) ? (payload[..space], id) : null;
    }

    internal void Record(string table, long rowid)
    {
        if (rows.TryGetValue(table, out var ids)) ids.Add(rowid);
    }

    internal void Clear()
    {
        foreach (var ids in rows.Values) ids.Clear();
    }
}
