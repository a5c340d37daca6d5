namespace PeoplesCongress.Tally.Tests;

// Builders for motions: ballots carry their marks as cast.
internal static class Motions
{
    public static IReadOnlyList<Approval> Ballot(params Approval[] marks) => marks;

    public static IEnumerable<IReadOnlyList<Approval>> Repeat(int count, params Approval[] marks) =>
        Enumerable.Range(0, count).Select(_ => Ballot(marks));

    public static List<IReadOnlyList<Approval>> WithVotes(int forVotes, int against, int abstain) =>
        [.. Repeat(forVotes, Approval.For), .. Repeat(against, Approval.Against), .. Repeat(abstain, Approval.Abstain)];

    public static MotionResult Count(int currentDeputies, int issued, IEnumerable<IReadOnlyList<Approval>> ballots) =>
        MotionTally.Count(new MotionVote(currentDeputies, issued, [.. ballots]));
}
