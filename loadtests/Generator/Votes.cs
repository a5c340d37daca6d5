using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// What each tablet votes: a fixed spread over the ballot's items and options, so that every count of the
/// result is known in advance, and every ballot is valid.
/// </summary>
internal static class Votes
{
    public static CastRequest For(BallotView ballot, int tablet)
    {
        var items = ballot.Items.Select(i => i.Id).ToList();
        if (ballot.Kind == BallotKind.ProjectSelection)
        {
            // 0 to N marks (a blank ballot included), on consecutive items from a place that moves with the tablet.
            var marks = Enumerable.Range(0, tablet % (ballot.Places + 1)).Select(k => items[(tablet + k) % items.Count]).ToList();
            return new CastRequest(ballot.Id, marks, VenueConnection.NewCastId());
        }
        var options = ballot.Options.Select(o => o.Code.Wire()).ToList();
        var choices = items.Select((item, k) => new ItemChoice(item, options[(tablet + 2 * k) % options.Count])).ToList();
        return new CastRequest(ballot.Id, null, VenueConnection.NewCastId(), choices);
    }
}

/// <summary>What the closed result must say, counted from the casts the server acknowledged.</summary>
internal sealed class ExpectedCounts
{
    private readonly Dictionary<(int Item, string Option), int> counts = [];

    public int Ballots { get; private set; }

    public void Add(CastRequest cast)
    {
        Ballots++;
        foreach (var item in cast.Marks ?? []) Increment(item, "for");
        foreach (var choice in cast.Choices ?? []) Increment(choice.ItemId, choice.Option);
    }

    private void Increment(int item, string option) => counts[(item, option)] = counts.GetValueOrDefault((item, option)) + 1;

    /// <summary>Every count of the result that differs from what was sent, as "item 12 for: 3000 sent, 2999 counted".</summary>
    public List<string> Differences(BallotResultView result)
    {
        var counted = result.Items.SelectMany(i => i.Counts.Select(c => (Key: (i.ItemId, c.Option.Wire()), c.Count))).ToDictionary(x => x.Key, x => x.Count);
        return counted.Keys.Union(counts.Keys)
            .Where(key => counts.GetValueOrDefault(key) != counted.GetValueOrDefault(key))
            .Select(key => $"item {key.Item1} {key.Item2}: {counts.GetValueOrDefault(key)} sent, {counted.GetValueOrDefault(key)} counted")
            .ToList();
    }
}
