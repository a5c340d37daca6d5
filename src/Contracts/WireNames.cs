using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>
/// The wire name of a closed set's member (<see cref="JsonStringEnumMemberNameAttribute"/>), for the places that
/// carry it outside JSON: SQL parameters, database columns, file names, reports.
/// </summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Wire<T>(this T value) where T : struct, Enum =>
        Names.GetOrAdd(value, v => v.GetType().GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? v.ToString());

    /// <summary>The member whose wire name is <paramref name="name"/>; a name that is none of them throws.</summary>
    public static T Parse<T>(string name) where T : struct, Enum =>
        Enum.GetValues<T>().FirstOrDefault(v => v.Wire() == name) is var found && found.Wire() == name
            ? found
            : throw new FormatException($"“{name}” is not a {typeof(T).Name}.");

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => v.Wire())];
}
