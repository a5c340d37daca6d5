using PeoplesCongress.Tally.BetweenSittings;
using static PeoplesCongress.Tally.Tests.BetweenSittings.Suggestions;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

public class HandledSuggestionTests
{
    [Fact]
    public void ADueDateBeforeTheAssignmentIsRejected() =>
        AssertRefused("办理期限2024-02-29早于交办日期2024-03-01。", () => new HandlingRound(Day(3, 1), Day(2, 29), null, null, null));

    [Fact]
    public void AnAnswerBeforeTheAssignmentIsRejected() =>
        AssertRefused("答复日期2024-02-29早于交办日期2024-03-01。", () => First(Day(2, 29), AnswerClass.A));

    [Fact]
    public void AnAnswerWithoutAClassIsRejected() =>
        AssertRefused("已答复的办理须注明答复类别（A、B、C类）。", () => First(Day(5, 1)));

    [Fact]
    public void AClassWithoutAnAnswerIsRejected() =>
        AssertRefused("尚未答复的办理不能有答复类别。", () => First(null, AnswerClass.B));

    [Fact]
    public void ARatingWithoutAnAnswerIsRejected() =>
        AssertRefused("尚未答复的办理不能评价。", () => First(null, null, HandlingRating.Satisfied));

    [Fact]
    public void AnAssignedSuggestionWithoutADepartmentIsRejected() =>
        AssertRefused("建议第1号已交办，须注明承办单位。", () => Suggestion(1, "", First()));

    [Theory]
    [InlineData(null)]
    [InlineData(HandlingRating.Satisfied)]
    [InlineData(HandlingRating.BasicallySatisfied)]
    public void OnlyADissatisfiedRatingAllowsASecondRound(HandlingRating? rating) =>
        AssertRefused("建议第1号第1轮办理未被评为“不满意”，不能有第2轮重新办理。",
            () => Suggestion(1, "交通局", First(Day(5, 1), AnswerClass.C, rating), First()));

    [Fact]
    public void AThirdRoundNeedsTheSecondRatedDissatisfied()
    {
        var dissatisfied = First(Day(5, 1), AnswerClass.C, HandlingRating.Dissatisfied);

        Assert.Equal(3, Suggestion(1, "交通局", dissatisfied, dissatisfied, First()).Rounds.Count);
        AssertRefused("建议第1号第2轮办理未被评为“不满意”，不能有第3轮重新办理。",
            () => Suggestion(1, "交通局", dissatisfied, First(Day(5, 1), AnswerClass.C), First()));
    }

    private static void AssertRefused(string message, Func<object> build) =>
        Assert.StartsWith(message, Assert.Throws<ArgumentException>(build).Message);
}
