using System.Reflection;
using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>
/// The wire name of a closed set's member (<see cref="JsonStringEnumMemberNameAttribute"/>), for the places that
/// carry it outside JSON: SQL parameters, database columns, file names, reports.
/// </summary>
public static class WireNames
{
    public static string Wire<T>(this T value) where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>The member whose wire name is <paramref name="name"/>; a name that is none of them throws.</summary>
    public static T Parse<T>(string name) where T : struct, Enum =>
        Names<T>.ByName.TryGetValue(name, out var value) ? value : throw new FormatException($"“{name}” is not a {typeof(T).Name}.");

    /// <summary>The member whose wire name is <paramref name="name"/>, for text that came from outside.</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum => Names<T>.ByName.TryGetValue(name, out value);

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    // Read once per enum type: the cast and sign-in paths ask for a name on every call.
    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = [.. Enum.GetValues<T>().Select(Read)];
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, Read);
        public static readonly Dictionary<string, T> ByName = Enum.GetValues<T>().ToDictionary(Read, v => v, StringComparer.Ordinal);

        private static string Read(T value) =>
            typeof(T).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();
    }
}

/// <summary>
/// A closed set on the wire: only its wire names are read. A number is refused like an unknown name, since
/// <see cref="JsonStringEnumConverter{T}"/> would otherwise read 7 as a member that does not exist.
/// </summary>
public sealed class WireEnumConverter<T>() : JsonStringEnumConverter<T>(namingPolicy: null, allowIntegerValues: false)
    where T : struct, Enum;
