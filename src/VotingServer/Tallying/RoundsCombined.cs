using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>
/// A run-off or further ballot completes the list of the rounds before it: the final list is what the earlier
/// rounds adopted plus what this round adopted, named by their first-round item ids. A repeated round stands in
/// for the round it repeats, so it builds on what the rounds before that one adopted.
/// </summary>
internal static class RoundsCombined
{
    public static IReadOnlyList<AdoptedProjectView>? FinalAdopted(
        Ballot ballot, List<BallotItem> items, KindCount counted, BallotResultView? previous)
    {
        if (!KindCatalog.Of(ballot.Kind).AdoptsProjects) return null;
        var thisRound = counted.Adopted
            .Select(id => items.Single(i => i.Id == id))
            .Select(i => new AdoptedProjectView(i.OriginItemId ?? i.Id, i.Name, ballot.Round));
        return previous is null ? [.. thisRound] : [.. EarlierRounds(ballot, previous), .. thisRound];
    }

    public static string Sentence(Ballot ballot, IReadOnlyList<AdoptedProjectView>? final, BallotResultView? previous) =>
        final is { Count: > 0 } && previous is not null && EarlierRounds(ballot, previous).Any()
            ? $"结合前一轮结果，确定为民生实事项目的是：{string.Join("、", final.Select(p => p.Name))}。"
            : "";

    private static IEnumerable<AdoptedProjectView> EarlierRounds(Ballot ballot, BallotResultView previous)
    {
        var final = previous.FinalAdopted ?? [];
        return ballot.Relation == BallotRelations.Repeat ? final.Where(p => p.Round != previous.Round) : final;
    }
}
