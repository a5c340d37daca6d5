using FsCheck;
using FsCheck.Fluent;

namespace PeoplesCongress.Tally.Tests;

public sealed record ShuffledVote(SelectionVote Vote, SelectionVote Shuffled);

// Small congresses and few candidates, so that ties, invalid ballots and returned > issued all turn up often.
public static class TallyArbitraries
{
    public static Arbitrary<SelectionVote> Votes() => VoteGen.ToArbitrary();

    public static Arbitrary<ShuffledVote> ShuffledVotes() =>
        (from vote in VoteGen
         from order in Gen.Shuffle(vote.Ballots.ToArray())
         select new ShuffledVote(vote, new SelectionVote(
             vote.CurrentDeputies, vote.Issued, vote.Places, vote.PassRule, vote.Candidates, order)))
        .ToArbitrary();

    private static Gen<SelectionVote> VoteGen =>
        from candidateCount in Gen.Choose(1, 6)
        from places in Gen.Choose(1, candidateCount)
        from currentDeputies in Gen.Choose(0, 24)
        from rule in Gen.Elements(PassRule.MajorityOfAllDeputies, PassRule.Plurality)
        from ballotCount in Gen.Choose(0, 30)
        from ballots in Gen.ListOf(BallotGen(candidateCount), ballotCount)
        from issued in Gen.Choose(Math.Max(0, ballotCount - 2), ballotCount + 3)
        select new SelectionVote(
            currentDeputies, issued, places, rule,
            [.. Enumerable.Range(1, candidateCount).Select(id => new Candidate(id, $"项目{id}"))],
            [.. ballots]);

    // Id candidateCount + 1 is an unknown candidate; duplicates arise on their own.
    private static Gen<SelectionBallot> BallotGen(int candidateCount) =>
        from markCount in Gen.Choose(0, candidateCount + 1)
        from marks in Gen.ListOf(
            Gen.Frequency((9, Gen.Choose(1, candidateCount)), (1, Gen.Constant(candidateCount + 1))), markCount)
        select new SelectionBallot([.. marks]);
}
