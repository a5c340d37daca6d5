using FsCheck;
using FsCheck.Fluent;
using PeoplesCongress.Tally.BetweenSittings;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

// The same records twice, the second time in another order, and the date they are reported as of.
public sealed record SuggestionCase(IReadOnlyList<HandledSuggestion> Suggestions, IReadOnlyList<HandledSuggestion> Shuffled, DateOnly AsOf);

public sealed record ProjectCase(IReadOnlyList<TrackedProject> Projects, IReadOnlyList<TrackedProject> Shuffled, DateOnly AsOf);

// A year's handling among three departments and stations, the as-of date anywhere in it, so that answers early,
// on the day and late, overdue rounds, re-handling and unassigned suggestions all turn up often.
public static class BetweenSittingsArbitraries
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    public static Arbitrary<SuggestionCase> SuggestionCases() =>
        (from count in Gen.Choose(0, 25)
         from parts in Gen.ListOf(SuggestionGen, count)
         from asOf in DayGen(Start, 400)
         let suggestions = parts.Select((make, i) => make(i + 1)).ToArray()
         from shuffled in Gen.Shuffle(suggestions)
         select new SuggestionCase(suggestions, shuffled, asOf))
        .ToArbitrary();

    public static Arbitrary<ProjectCase> ProjectCases() =>
        (from count in Gen.Choose(0, 12)
         from parts in Gen.ListOf(ProjectGen, count)
         from asOf in DayGen(Start, 400)
         let projects = parts.Select((make, i) => make(i + 1)).ToArray()
         from shuffled in Gen.Shuffle(projects)
         select new ProjectCase(projects, shuffled, asOf))
        .ToArbitrary();

    private static readonly Gen<string> Department = Gen.Elements("交通局", "教育局", "卫健局");

    private static Gen<Func<int, HandledSuggestion>> SuggestionGen =>
        from assigned in Gen.Frequency((1, Gen.Constant(false)), (5, Gen.Constant(true)))
        from department in Department
        from station in Gen.Elements("", "相山联络站", "任楼联络站")
        from rounds in assigned ? RoundsGen(Start, 3) : Gen.Constant<IReadOnlyList<HandlingRound>>([])
        select (Func<int, HandledSuggestion>)(id =>
            new(id, $"第{id}号", $"建议{id}", station, assigned ? department : "", rounds));

    // A round rated 不满意 may be followed by 重新办理, up to roundsLeft rounds in all.
    private static Gen<IReadOnlyList<HandlingRound>> RoundsGen(DateOnly earliest, int roundsLeft) =>
        from assignedOn in DayGen(earliest, 60)
        from dueOn in DayGen(assignedOn, 120)
        from answeredOn in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (3, DayGen(assignedOn, 150).Select(d => (DateOnly?)d)))
        from answer in Gen.Elements(AnswerClass.A, AnswerClass.B, AnswerClass.C)
        from rating in Gen.Elements<HandlingRating?>(null, HandlingRating.Satisfied, HandlingRating.BasicallySatisfied, HandlingRating.Dissatisfied)
        let round = answeredOn is { } answered
            ? new HandlingRound(assignedOn, dueOn, answered, answer, rating)
            : new HandlingRound(assignedOn, dueOn, null, null, null)
        from rest in round.Rating == HandlingRating.Dissatisfied && roundsLeft > 1
            ? Gen.OneOf(Gen.Constant<IReadOnlyList<HandlingRound>>([]), RoundsGen(round.AnsweredOn!.Value, roundsLeft - 1))
            : Gen.Constant<IReadOnlyList<HandlingRound>>([])
        select (IReadOnlyList<HandlingRound>)[round, .. rest];

    private static Gen<Func<int, TrackedProject>> ProjectGen =>
        from department in Department
        from deadlineOn in DayGen(Start, 365)
        from deliveredOn in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (1, DayGen(Start, 400).Select(d => (DateOnly?)d)))
        from milestoneCount in Gen.Choose(0, 3)
        from milestones in Gen.ListOf(MilestoneGen, milestoneCount)
        from grade in Gen.Elements(null, "满意", "基本满意", "不满意", "较好")
        select (Func<int, TrackedProject>)(id =>
            new(id, $"项目{id}", department, deadlineOn, deliveredOn, [.. milestones], grade));

    private static Gen<Milestone> MilestoneGen =>
        from dueOn in DayGen(Start, 365)
        from doneOn in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (2, DayGen(Start, 400).Select(d => (DateOnly?)d)))
        select new Milestone("节点", dueOn, doneOn);

    private static Gen<DateOnly> DayGen(DateOnly earliest, int days) => Gen.Choose(0, days).Select(earliest.AddDays);
}
