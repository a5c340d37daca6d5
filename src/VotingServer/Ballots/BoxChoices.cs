using System.Text.Json;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>How a cast's choices are kept in the box: the marked project ids, sorted, as a JSON array.</summary>
public static class BoxChoices
{
    public static string Encode(IEnumerable<int> marks) => JsonSerializer.Serialize(marks.Order().ToArray());

    public static IReadOnlyList<int> Decode(string choices) => JsonSerializer.Deserialize<int[]>(choices) ?? [];
}
