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

    /// <summary>The items a select-up-to-N ballot marks; a row of another shape is <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<int> DecodeMarks(string choices) => Decode<int[]>(choices) ?? [];

    /// <summary>The option chosen per item; a row of another shape is <see cref="FormatException"/>.</summary>
    public static IReadOnlyDictionary<int, ChoiceOption> DecodeChoices(string choices) => Decode<Dictionary<int, ChoiceOption>>(choices) ?? [];

    // The server never stores a row it did not encode; a box handed to a verifier may hold anything. The message does
    // not repeat the row: whatever reports it never writes a choice down.
    private static T? Decode<T>(string choices)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(choices);
        }
        catch (JsonException e)
        {
            throw new FormatException("票箱中有一张选票不是本表决的选票格式，无法计票。", e);
        }
    }
}
