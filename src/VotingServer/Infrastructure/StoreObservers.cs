using System.Data.Common;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// A copy of part of the store kept in memory (credentials, open ballots). The writer loads it at start and, after
/// every commit that touched its tables, refreshes it on the writer's thread before any caller of that commit is
/// answered: so a change is seen by the next call on any connection, and refreshes never overtake one another.
/// </summary>
public interface IStoreObserver
{
    /// <summary>Tables whose changed rows this copy follows (rowid tables only).</summary>
    IReadOnlyCollection<string> Tables { get; }

    void Load(DbConnection connection);

    void Refresh(DbConnection connection, ChangedRows changed);
}

/// <summary>The rowids written in each followed table since the last refresh, collected by SQLite's update hook.</summary>
public sealed class ChangedRows
{
    private readonly Dictionary<string, HashSet<long>> rows;

    internal ChangedRows(IEnumerable<string> tables) =>
        rows = tables.Distinct().ToDictionary(t => t, _ => new HashSet<long>(), StringComparer.Ordinal);

    public bool Any => rows.Values.Any(r => r.Count > 0);

    public IReadOnlyCollection<long> In(string table) => rows.TryGetValue(table, out var ids) ? ids : [];

    /// <summary>The ids of <paramref name="table"/> as a JSON array, for "IN (SELECT value FROM json_each(@ids))".</summary>
    public string JsonIds(string table) => "[" + string.Join(",", In(table)) + "]";

    internal void Record(string table, long rowid)
    {
        if (rows.TryGetValue(table, out var ids)) ids.Add(rowid);
    }

    internal void Clear()
    {
        foreach (var ids in rows.Values) ids.Clear();
    }
}
