using FsCheck;
using FsCheck.Fluent;

namespace PeoplesCongress.Tally.Tests;

public sealed record ShuffledApprovalVote(ApprovalVote Vote, ApprovalVote Shuffled);

public sealed record ShuffledMotionVote(MotionVote Vote, MotionVote Shuffled);

public sealed record ShuffledAppraisalVote(AppraisalVote Vote, AppraisalVote Shuffled);

// Small congresses, as in TallyArbitraries; marks per id may be missing, blank, doubled, out of range or on an unknown id.
public static class MarkedBallotArbitraries
{
    public static Arbitrary<ApprovalVote> ApprovalVotes() => ApprovalGen.ToArbitrary();

    public static Arbitrary<ShuffledApprovalVote> ShuffledApprovalVotes() =>
        (from vote in ApprovalGen
         from order in Gen.Shuffle(vote.Ballots.ToArray())
         select new ShuffledApprovalVote(vote, vote with { Ballots = order })).ToArbitrary();

    public static Arbitrary<MotionVote> MotionVotes() => MotionGen.ToArbitrary();

    public static Arbitrary<ShuffledMotionVote> ShuffledMotionVotes() =>
        (from vote in MotionGen
         from order in Gen.Shuffle(vote.Ballots.ToArray())
         select new ShuffledMotionVote(vote, vote with { Ballots = order })).ToArbitrary();

    public static Arbitrary<AppraisalVote> AppraisalVotes() => AppraisalGen.ToArbitrary();

    public static Arbitrary<ShuffledAppraisalVote> ShuffledAppraisalVotes() =>
        (from vote in AppraisalGen
         from order in Gen.Shuffle(vote.Ballots.ToArray())
         select new ShuffledAppraisalVote(vote, vote with { Ballots = order })).ToArbitrary();

    private static readonly Gen<Approval> ApprovalMark = Gen.Elements(Approval.For, Approval.Against, Approval.Abstain);

    private static Gen<ApprovalVote> ApprovalGen =>
        from candidateCount in Gen.Choose(1, 6)
        from places in Gen.Choose(1, candidateCount)
        from currentDeputies in Gen.Choose(0, 24)
        from rule in Gen.Elements(PassRule.MajorityOfAllDeputies, PassRule.Plurality)
        from ballotCount in Gen.Choose(0, 30)
        from ballots in Gen.ListOf(SheetGen(candidateCount, ApprovalMark), ballotCount)
        from issued in Gen.Choose(Math.Max(0, ballotCount - 2), ballotCount + 3)
        select new ApprovalVote(
            currentDeputies, issued, places, rule, Names(candidateCount, "项目"),
            [.. ballots.Select(marks => new ApprovalBallot(marks))]);

    private static Gen<MotionVote> MotionGen =>
        from currentDeputies in Gen.Choose(0, 40)
        from ballotCount in Gen.Choose(0, 40)
        from ballots in Gen.ListOf(MarksGen(ApprovalMark), ballotCount)
        from issued in Gen.Choose(Math.Max(0, ballotCount - 2), ballotCount + 3)
        select new MotionVote(currentDeputies, issued, [.. ballots]);

    private static Gen<AppraisalVote> AppraisalGen =>
        from targetCount in Gen.Choose(1, 5)
        from scale in Gen.Elements(AppraisalScale.Satisfaction, AppraisalScale.SatisfactionWithUnknown, AppraisalScale.Competence)
        from rule in Gen.Elements(
            GradeRule.Default, new GradeRule(Fraction.Half, Denominator.ValidVotes),
            new GradeRule(new Fraction(2, 3), Denominator.AllCurrentMembers))
        from currentDeputies in Gen.Choose(0, 24)
        from ballotCount in Gen.Choose(0, 30)
        from ballots in Gen.ListOf(SheetGen(targetCount, Gen.Choose(-1, scale.OptionCount)), ballotCount)
        from issued in Gen.Choose(Math.Max(0, ballotCount - 2), ballotCount + 3)
        select new AppraisalVote(
            currentDeputies, issued, scale, rule, Names(targetCount, "部门"),
            [.. ballots.Select(marks => new AppraisalBallot(marks))]);

    // Id count + 1 is no candidate or target; some ids are left off the ballot altogether.
    private static Gen<IReadOnlyDictionary<int, IReadOnlyList<T>>> SheetGen<T>(int count, Gen<T> mark) =>
        from items in Gen.ListOf(Gen.Frequency((1, Gen.Constant(false)), (10, Gen.Constant(true))).Zip(MarksGen(mark)), count + 1)
        select (IReadOnlyDictionary<int, IReadOnlyList<T>>)items
            .Select((item, i) => (Id: i + 1, Present: item.Item1, Marks: item.Item2))
            .Where(item => item.Present)
            .ToDictionary(item => item.Id, item => item.Marks);

    private static Gen<IReadOnlyList<T>> MarksGen<T>(Gen<T> mark) =>
        from markCount in Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Constant(1)), (1, Gen.Constant(2)))
        from marks in Gen.ListOf(mark, markCount)
        select (IReadOnlyList<T>)[.. marks];

    private static List<Candidate> Names(int count, string prefix) =>
        [.. Enumerable.Range(1, count).Select(id => new Candidate(id, $"{prefix}{id}"))];
}
