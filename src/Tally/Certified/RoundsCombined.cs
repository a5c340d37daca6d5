using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>
/// A run-off or further ballot completes the list of the rounds before it: the final list is what the earlier
/// rounds adopted plus what this round adopted, named by their first-round item ids. A repeated round stands in
/// for the round it repeats, so it builds on what the rounds before that one adopted.
/// </summary>
internal static class RoundsCombined
{
    public static IReadOnlyList<AdoptedProjectView>? FinalAdopted(CountDefinition ballot, KindCount counted, BallotResultView? previous)
    {
        if (!ResultCount.AdoptsProjects(ballot.Kind)) return null;
        var thisRound = counted.Adopted
            .Select(id => ballot.Items.Single(i => i.Id == id))
            .Select(i => new AdoptedProjectView(i.OriginItemId ?? i.Id, i.Name, ballot.Round));
        return previous is null ? [.. thisRound] : [.. EarlierRounds(ballot, previous), .. thisRound];
    }

    public static string Sentence(CountDefinition ballot, IReadOnlyList<AdoptedProjectView>? final, BallotResultView? previous) =>
        final is { Count: > 0 } && previous is not null && EarlierRounds(ballot, previous).Any()
            ? $"结合前一轮结果，确定为民生实事项目的是：{string.Join("、", final.Select(p => p.Name))}。"
            : "";

    private static IEnumerable<AdoptedProjectView> EarlierRounds(CountDefinition ballot, BallotResultView previous)
    {
        var final = previous.FinalAdopted ?? [];
        return ballot.Relation == BallotRelations.Repeat ? final.Where(p => p.Round != previous.Round) : final;
    }
}
