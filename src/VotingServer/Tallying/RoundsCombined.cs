using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>
/// A run-off or further ballot completes the list of its first round: the final list is what the earlier rounds
/// adopted plus what this round adopted, all named by their first-round item ids.
/// </summary>
internal static class RoundsCombined
{
    public static IReadOnlyList<int>? FinalAdopted(Ballot ballot, List<BallotItem> items, KindCount counted, BallotResultView? previous)
    {
        if (!BallotKinds.AdoptsProjects(ballot.Kind)) return null;
        var thisRound = counted.Adopted.Select(id => Origin(items.Single(i => i.Id == id)));
        return Completes(ballot, previous) ? [.. (previous!.FinalAdopted ?? previous.Adopted), .. thisRound] : [.. thisRound];
    }

    public static string Sentence(Ballot ballot, List<BallotItem> items, IReadOnlyList<int>? final, BallotResultView? previous)
    {
        if (final is null || !Completes(ballot, previous)) return "";
        var names = final.Select(id => items.FirstOrDefault(i => Origin(i) == id)?.Name
            ?? previous!.Items.First(i => (i.OriginItemId ?? i.ItemId) == id).Name);
        return final.Count == 0 ? "" : $"结合前一轮结果，确定为民生实事项目的是：{string.Join("、", names)}。";
    }

    private static bool Completes(Ballot ballot, BallotResultView? previous) =>
        previous is not null && ballot.Relation is BallotRelations.RunOff or BallotRelations.FurtherBallot;

    private static int Origin(BallotItem item) => item.OriginItemId ?? item.Id;
}
