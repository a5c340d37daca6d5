using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tallying;

/// <summary>
/// Counts a closed ballot by the count in <c>src/Tally/Certified</c> (<see cref="ResultCount"/>), the same count a
/// verifier runs on a published box. This is the one place the stored ballot becomes what the count reads.
/// <paramref name="previous"/> is the earlier round a run-off or further ballot completes.
/// </summary>
public static class ResultCalculator
{
    public static BallotResultView Calculate(
        Ballot ballot, BoxContents box, BallotResultView? previous, DateTimeOffset closedAt,
        string countedBy = CountMethods.Electronic, string? countNote = null) =>
        ResultCount.Calculate(Definition(ballot), box, previous, closedAt, countedBy, countNote);

    /// <summary>The ballot as the count sees it: its settings as its result states them, its items in position order.</summary>
    public static CountDefinition Definition(Ballot ballot) => new(
        ballot.Id, ballot.SittingId, ballot.Kind, ballot.Title, ballot.Round, ballot.PreviousBallotId, ballot.Relation,
        ballot.Secret, ballot.Settings(),
        [.. ballot.Items.OrderBy(i => i.Position).Select(i => new CountItem(i.Id, i.Name, i.Group, i.OriginItemId))]);
}
