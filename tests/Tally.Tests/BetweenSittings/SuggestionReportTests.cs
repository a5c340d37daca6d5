using PeoplesCongress.Tally.BetweenSittings;
using static PeoplesCongress.Tally.Tests.BetweenSittings.Suggestions;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

public class SuggestionReportTests
{
    [Fact]
    public void AReHandledSuggestionCountsItsSecondAnswerAndRating()
    {
        var rehandled = Suggestion(7, "交通局",
            First(Day(5, 20), AnswerClass.B, HandlingRating.Dissatisfied),
            new HandlingRound(Day(6, 5), Day(9, 5), Day(8, 1), AnswerClass.A, HandlingRating.Satisfied));

        var figures = SuggestionReport.Overall([rehandled], Day(10, 1));

        Assert.Equal((1, 1, 1, 1), (figures.Total, figures.Assigned, figures.Due, figures.AnsweredOnTime));
        Assert.Equal("100.00", figures.OnTimeRate.Percent);
        Assert.Equal((1, 1, 0, 0), (figures.Answered, figures.ClassA, figures.ClassB, figures.ClassC));
        Assert.Equal((1, 1, 0, 0), (figures.Rated, figures.Satisfied, figures.BasicallySatisfied, figures.Dissatisfied));
        Assert.Equal(("100.00", "100.00"), (figures.SatisfiedRate.Percent, figures.SatisfiedOrBasicallyRate.Percent));
        Assert.Equal([7], figures.Rehandled);
        Assert.Empty(figures.Overdue);
    }

    [Fact]
    public void WhileReHandledTheFirstAnswerAndRatingStandAndTheSecondRoundCanFallOverdue()
    {
        var rehandled = Suggestion(7, "交通局",
            First(Day(5, 20), AnswerClass.B, HandlingRating.Dissatisfied),
            new HandlingRound(Day(6, 5), Day(9, 5), null, null, null));

        var figures = SuggestionReport.Overall([rehandled], Day(9, 15));

        Assert.Equal((1, 1, 1), (figures.Answered, figures.ClassB, figures.AnsweredOnTime));
        Assert.Equal((1, 1, "0.00"), (figures.Rated, figures.Dissatisfied, figures.SatisfiedRate.Percent));
        Assert.Equal([new OverdueSuggestion(7, "第7号", "建议7", "交通局", 2, Day(9, 5), 10)], figures.Overdue);
    }

    [Theory]
    [InlineData(5, 31, 1, "100.00")]
    [InlineData(6, 1, 1, "100.00")]
    [InlineData(6, 2, 0, "0.00")]
    public void AnAnswerOnTheDueDateIsOnTimeAndADayLaterIsNot(int month, int day, int onTime, string rate)
    {
        var figures = SuggestionReport.Overall([Suggestion(1, "教育局", First(Day(month, day), AnswerClass.A))], Day(9, 1));

        Assert.Equal((1, onTime, rate), (figures.Due, figures.AnsweredOnTime, figures.OnTimeRate.Percent));
        Assert.Empty(figures.Overdue);
    }

    [Theory]
    [InlineData(5, 31, 0, 0)]
    [InlineData(6, 1, 0, 0)]
    [InlineData(6, 2, 1, 1)]
    [InlineData(7, 1, 1, 30)]
    public void AnUnansweredSuggestionFallsDueAndOverdueTheDayAfterItsDueDate(int month, int day, int due, int daysOverdue)
    {
        var figures = SuggestionReport.Overall([Suggestion(1, "教育局", First())], Day(month, day));

        int[] overdue = daysOverdue == 0 ? [] : [daysOverdue];
        Assert.Equal((due, 0), (figures.Due, figures.AnsweredOnTime));
        Assert.Equal(overdue, figures.Overdue.Select(o => o.DaysOverdue));
    }

    [Fact]
    public void OverdueSuggestionsAreListedLongestFirstThenById()
    {
        var late = new HandlingRound(Day(3, 1), Day(5, 1), null, null, null);
        var figures = SuggestionReport.Overall(
            [Suggestion(4, "教育局", First()), Suggestion(3, "交通局", late), Suggestion(2, "卫健局", First()),
             Suggestion(1, "卫健局", First(Day(6, 3), AnswerClass.C)), Unassigned(5)],
            Day(6, 11));

        Assert.Equal([(3, 41), (2, 10), (4, 10)], figures.Overdue.Select(o => (o.Id, o.DaysOverdue)));
        Assert.All(figures.Overdue, o => Assert.Equal(1, o.Round));
        Assert.Equal((5, 4, 4, 0), (figures.Total, figures.Assigned, figures.Due, figures.AnsweredOnTime));
    }

    [Fact]
    public void SharesAndRatesAreOfAnsweredAndRatedSuggestions()
    {
        AnswerClass[] classes =
            [AnswerClass.A, AnswerClass.A, AnswerClass.A, AnswerClass.A, AnswerClass.A, AnswerClass.B, AnswerClass.B, AnswerClass.C];
        HandlingRating?[] ratings = [
            HandlingRating.Satisfied, HandlingRating.Satisfied, HandlingRating.Satisfied, HandlingRating.Satisfied,
            HandlingRating.BasicallySatisfied, HandlingRating.BasicallySatisfied, HandlingRating.Dissatisfied, null];
        var answered = classes.Select((c, i) => Suggestion(i + 1, "民政局", First(Day(5, 1), c, ratings[i])));

        var figures = SuggestionReport.Overall([.. answered, Suggestion(9, "民政局", First()), Unassigned(10)], Day(5, 15));

        Assert.Equal((8, 5, 2, 1), (figures.Answered, figures.ClassA, figures.ClassB, figures.ClassC));
        Assert.Equal(["62.50", "25.00", "12.50"], new[] { figures.ShareA, figures.ShareB, figures.ShareC }.Select(r => r.Percent));
        Assert.Equal((7, 4, 2, 1), (figures.Rated, figures.Satisfied, figures.BasicallySatisfied, figures.Dissatisfied));
        Assert.Equal(("57.14", "85.71"), (figures.SatisfiedRate.Percent, figures.SatisfiedOrBasicallyRate.Percent));
    }

    [Fact]
    public void XiangshanFiguresMatchThePublishedOnes()
    {
        // 相山: 107 suggestions, every one answered on time and rated 满意.
        var suggestions = Enumerable.Range(1, 107)
            .Select(id => Suggestion(id, "区直部门", First(Day(5, 1).AddDays(id % 30), AnswerClass.A, HandlingRating.Satisfied)));

        var figures = SuggestionReport.Overall(suggestions, Day(12, 31));

        Assert.Equal((107, 107, 107, 107), (figures.Total, figures.Assigned, figures.Due, figures.AnsweredOnTime));
        Assert.Equal(("100.00", "100.00", "100.00"),
            (figures.OnTimeRate.Percent, figures.SatisfiedRate.Percent, figures.SatisfiedOrBasicallyRate.Percent));
    }

    [Fact]
    public void NoSuggestionsGiveZeroesAndNoRates()
    {
        var figures = SuggestionReport.Overall([], Day(6, 1));

        Assert.Equal((0, 0, 0, 0, 0), (figures.Total, figures.Assigned, figures.Due, figures.Answered, figures.Rated));
        Assert.Equal(("0.00", "0.00", "0.00"), (figures.OnTimeRate.Percent, figures.ShareA.Percent, figures.SatisfiedRate.Percent));
    }

    [Fact]
    public void DepartmentsLeaveOutTheUnassignedAndAreInOrdinalOrder()
    {
        HandledSuggestion[] suggestions =
            [Suggestion(1, "教育局", First()), Suggestion(2, "卫健局", First()), Suggestion(3, "交通局", First()),
             Suggestion(4, "教育局", First(Day(5, 1), AnswerClass.A)), Unassigned(5)];

        var groups = SuggestionReport.ByDepartment(suggestions, Day(6, 1));

        Assert.Equal([("交通局", 1), ("卫健局", 1), ("教育局", 2)], groups.Select(g => (g.Name, g.Figures.Total)));
        Assert.Equal(1, groups[2].Figures.ClassA);
    }

    [Fact]
    public void SuggestionsWithoutAStationAreGroupedUnderTheirOwnName()
    {
        HandledSuggestion[] suggestions =
            [Suggestion(1, "教育局", First()) with { Station = "相山联络站" }, Suggestion(2, "卫健局", First()), Unassigned(3)];

        var groups = SuggestionReport.ByStation(suggestions, Day(6, 1));

        Assert.Equal([("未注明联络站", 2), ("相山联络站", 1)], groups.Select(g => (g.Name, g.Figures.Total)));
        Assert.Equal(1, groups[0].Figures.Assigned);
    }

    [Fact]
    public void TheSameSuggestionTwiceIsRejected()
    {
        var refused = Assert.Throws<ArgumentException>(() => SuggestionReport.Overall([Unassigned(3), Unassigned(3)], Day(6, 1)));
        Assert.StartsWith("同一件建议出现了两次（Id 3）。", refused.Message);
    }
}
