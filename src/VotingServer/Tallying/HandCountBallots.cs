using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>
/// Turns hand-counted totals into ballots with exactly those totals, so a paper vote is counted by the same rules
/// as an electronic one. Totals that no set of ballots could produce are refused, which is the tellers' own check.
/// </summary>
public static class HandCountBallots
{
    /// <summary>
    /// The ballots behind <paramref name="totals"/>. Issued and returned are at most the sitting's
    /// <paramref name="currentDeputies"/>, so no total can make the server build more ballots than the roster holds.
    /// </summary>
    public static IReadOnlyList<string> Synthesize(Ballot ballot, HandCountRequest totals, int currentDeputies)
    {
        if (totals.Issued < 0 || totals.Issued > currentDeputies || totals.Returned < 0 || totals.Returned > currentDeputies)
            throw VenueErrors.HandCountInvalid($"发出票数和收回票数应在0与应到代表数{currentDeputies}之间。");
        var items = ballot.Items.OrderBy(i => i.Position).ToList();
        var entries = totals.Items ?? [];
        if (entries.GroupBy(i => i.ItemId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw VenueErrors.HandCountInvalid($"编号为{twice.Key}的项目或对象填写了{twice.Count()}次，每个只能填写一次。");
        var byItem = entries.ToDictionary(i => i.ItemId);
        if (items.Any(i => !byItem.ContainsKey(i.Id)) || byItem.Count != items.Count)
            throw VenueErrors.HandCountInvalid("每个项目或对象须填写一次，且只能填写本表决的项目或对象。");
        var kind = KindCatalog.Of(ballot.Kind);
        return kind.ChoosesPerItem ? PerItem(kind, ballot, items, byItem, totals) : Selection(ballot, items, byItem, totals);
    }

    private static List<string> Selection(Ballot ballot, List<BallotItem> items, Dictionary<int, HandCountItem> byItem, HandCountRequest totals)
    {
        var invalid = totals.InvalidBallots;
        if (invalid < 0 || invalid > totals.Returned) throw VenueErrors.HandCountInvalid("无效票数应在0与收回票数之间。");
        var valid = totals.Returned - invalid;
        var votes = items.Select(i => (i.Id, Votes: VotesFor(byItem[i.Id], i.Name, valid))).ToList();
        if (votes.Sum(v => (long)v.Votes) > (long)ballot.Places * valid)
            throw VenueErrors.HandCountInvalid($"得票总数超过有效票数乘以应选数（{valid}×{ballot.Places}）。");
        // Round robin: each project's marks go to consecutive ballots, so no ballot marks a project twice or exceeds N.
        var ballots = Enumerable.Range(0, valid).Select(_ => new List<int>()).ToList();
        var next = 0;
        foreach (var (id, count) in votes)
        {
            for (var k = 0; k < count; k++) ballots[(next + k) % valid].Add(id);
            next = (next + count) % Math.Max(valid, 1);
        }
        var spoilt = BoxChoices.Encode([items[0].Id, items[0].Id]);
        return [.. ballots.Select(BoxChoices.Encode), .. Enumerable.Repeat(spoilt, invalid)];
    }

    private static int VotesFor(HandCountItem item, string name, int valid)
    {
        if (item.Invalid != 0 || (item.Counts ?? new Dictionary<string, int>()).Keys.Any(k => k != ChoiceOption.For.Wire()))
            throw VenueErrors.HandCountInvalid($"差额票决只填写每个项目的得票数（for）和整张无效票数，“{name}”填写有误。");
        var votes = item.Counts?.GetValueOrDefault(ChoiceOption.For.Wire()) ?? 0;
        if (votes < 0) throw VenueErrors.HandCountInvalid($"“{name}”的得票数不能为负数。");
        return votes <= valid ? votes : throw VenueErrors.HandCountInvalid($"“{name}”的得票超过有效票数{valid}。");
    }

    private static List<string> PerItem(
        KindDescriptor kind, Ballot ballot, List<BallotItem> items, Dictionary<int, HandCountItem> byItem, HandCountRequest totals)
    {
        if (totals.InvalidBallots != 0) throw VenueErrors.HandCountInvalid("该类表决按项目填写无效票，不填写整张无效票数。");
        var options = kind.Options(ballot.Scale).Select(o => o.Code).ToHashSet();
        var columns = items.Select(item =>
        {
            var entry = byItem[item.Id];
            var counts = entry.Counts ?? new Dictionary<string, int>();
            var marks = counts.ToDictionary(
                c => BallotOptions.Parse(c.Key, options) ?? throw VenueErrors.HandCountInvalid($"“{item.Name}”的选项“{c.Key}”无效。"),
                c => c.Value);
            if (counts.Values.Append(entry.Invalid).Any(c => c < 0 || c > totals.Returned))
                throw VenueErrors.HandCountInvalid($"“{item.Name}”的每项票数应在0与收回票数{totals.Returned}之间。");
            var sum = counts.Values.Sum(c => (long)c) + entry.Invalid;
            if (sum != totals.Returned)
                throw VenueErrors.HandCountInvalid($"“{item.Name}”各项票数与无效票之和（{sum}）应等于收回票数{totals.Returned}。");
            return marks.SelectMany(c => Enumerable.Repeat(c.Key, c.Value))
                .Concat(Enumerable.Repeat(ChoiceOption.Invalid, entry.Invalid)).ToList();
        }).ToList();
        return Enumerable.Range(0, totals.Returned)
            .Select(j => BoxChoices.Encode(items.Select((item, i) => (item.Id, columns[i][j]))))
            .ToList();
    }
}
