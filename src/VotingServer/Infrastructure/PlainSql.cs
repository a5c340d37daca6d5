using System.Data.Common;
using System.Runtime.CompilerServices;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// Plain SQL for the group-commit writer and the readers beside it, with named parameters ("@name", value): both
/// SQLite and PostgreSQL accept "@name", and the extensions take any <see cref="DbConnection"/>. Each connection keeps
/// one prepared command per SQL text, and its parameters: a burst of 10,000 casts runs the same few statements 10,000
/// times on the one writer thread, and preparing them anew each time was most of its work.
/// </summary>
public static class PlainSql
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Prepared = new();

    public static int Execute(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Command(connection, sql, parameters).ExecuteNonQuery();

    public static T? Scalar<T>(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        // Read to the end, so that the kept statement is finished rather than left active on its first row.
        var value = Query(connection, sql, r => r.GetValue(0), parameters).FirstOrDefault();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public static List<T> Query<T>(
        this DbConnection connection, string sql, Func<DbDataReader, T> map,
        params (string Name, object? Value)[] parameters)
    {
        using var reader = Command(connection, sql, parameters).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    /// <summary>The connection's command for <paramref name="sql"/>, prepared once, with these parameters bound.</summary>
    internal static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var commands = Prepared.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        if (SameNames(command.Parameters, parameters))
        {
            // The usual case: the same statement with the same names as last time; only the values change.
            for (var i = 0; i < parameters.Length; i++) command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            return command;
        }
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static bool SameNames(DbParameterCollection bound, (string Name, object? Value)[] parameters)
    {
        if (bound.Count != parameters.Length) return false;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (!string.Equals(bound[i].ParameterName, parameters[i].Name, StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
