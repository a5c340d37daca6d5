using System.Text.Json;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>
/// How a cast's choices are kept in the box, canonically so that equal ballots are equal text: the chosen item ids
/// of a select-up-to-N ballot, sorted, as a JSON array ("[3,5]"); for every other kind, an object from item id to
/// option, in item order ({"3":"for","5":"abstain"}). The server encodes casts with it; the count, and so a
/// verifier recounting a published box, decodes them.
/// </summary>
public static class BoxChoices
{
    public static string Encode(IEnumerable<int> marks) => JsonSerializer.Serialize(marks.Order().ToArray());

    public static string Encode(IEnumerable<(int ItemId, ChoiceOption Option)> choices) =>
        JsonSerializer.Serialize(new SortedDictionary<int, ChoiceOption>(choices.ToDictionary(c => c.ItemId, c => c.Option)));

    public static IReadOnlyList<int> DecodeMarks(string choices) => JsonSerializer.Deserialize<int[]>(choices) ?? [];

    public static IReadOnlyDictionary<int, ChoiceOption> DecodeChoices(string choices) =>
        JsonSerializer.Deserialize<Dictionary<int, ChoiceOption>>(choices) ?? [];
}
