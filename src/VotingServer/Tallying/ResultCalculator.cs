using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>What the count reads out of the database: the denominator, the ballots issued, the box.</summary>
public sealed record BoxContents(int CurrentDeputies, int Issued, IReadOnlyList<string> Choices);

/// <summary>
/// Adapts a closed ballot of any kind to the rules of <c>src/Tally</c> and their result to the one certified
/// result shape. <paramref name="previous"/> is the earlier round a run-off or further ballot completes.
/// </summary>
public static class ResultCalculator
{
    public static BallotResultView Calculate(
        Ballot ballot, BoxContents box, BallotResultView? previous, DateTimeOffset closedAt,
        string countedBy = CountMethods.Electronic, string? countNote = null)
    {
        var items = ballot.Items.OrderBy(i => i.Position).ToList();
        var counted = KindCatalog.Of(ballot.Kind).Count(ballot, items, box);
        var final = RoundsCombined.FinalAdopted(ballot, items, counted, previous);
        var announcement = counted.Announcement + (counted.VoteValid ? RoundsCombined.Sentence(ballot, final, previous) : "")
            + (countedBy == CountMethods.ByHand ? "本次表决使用纸质选票，由监票人监督人工计票。" : "");
        return new BallotResultView(
            ballot.Id, ballot.SittingId, ballot.Kind, ballot.Title, ballot.Round, ballot.PreviousBallotId, ballot.Relation,
            ballot.Secret, countedBy, BallotMapping.Settings(ballot),
            box.CurrentDeputies, box.Issued, box.Choices.Count, counted.Valid, counted.Invalid, counted.VoteValid,
            Math.Max(0, box.Issued - box.Choices.Count),
            counted.Items, counted.Adopted, final, counted.Passed, counted.RunOff, counted.Shortfall,
            counted.ToRectify, counted.Flags, announcement, closedAt, CountNote: countNote,
            PassThreshold: ThresholdOf(ballot, box.CurrentDeputies));
    }

    /// <summary>The majority floor as a whole number of votes, computed by the rule the count applies.</summary>
    private static PassThresholdView? ThresholdOf(Ballot ballot, int currentDeputies) =>
        ballot.PassRule == PassRules.MajorityOfAllDeputies
            ? new(MajorityOfAllDeputies.SmallestPassing(currentDeputies), Wording.MajorityThreshold(currentDeputies))
            : null;
}

/// <summary>The part of a result that depends on the kind of ballot.</summary>
public sealed record KindCount(
    int Valid, int Invalid, bool VoteValid, IReadOnlyList<ItemResultView> Items, IReadOnlyList<int> Adopted, bool? Passed,
    RunOffView? RunOff, ShortfallView? Shortfall, IReadOnlyList<int> ToRectify, IReadOnlyList<ResultFlagView> Flags,
    string Announcement);
