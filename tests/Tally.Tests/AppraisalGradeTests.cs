namespace PeoplesCongress.Tally.Tests;

public class AppraisalGradeTests
{
    private const int Satisfied = 0, BasicallySatisfied = 1, Unsatisfied = 2;

    private static readonly GradeRule ByValidVotes = new(Fraction.Half, Denominator.ValidVotes);

    [Fact]
    public void MoreThanHalfSatisfiedIsSatisfied() =>
        Assert.Equal(new GradeDecision(Satisfied, []), Decide(GradeRule.Default, [16, 10, 4], denominator: 30));

    [Fact]
    public void SatisfiedTogetherWithBasicallySatisfiedOverHalfIsBasicallySatisfied() =>
        Assert.Equal(new GradeDecision(BasicallySatisfied, []), Decide(GradeRule.Default, [10, 8, 12], denominator: 30));

    [Fact]
    public void CombinedHalfOrLessIsUnsatisfiedAndMustRectify()
    {
        var result = Appraisals.Count(
            currentDeputies: 30, Votes.Candidates("甲", "乙"), Appraisals.WithCounts(30, [5, 9, 16], [16, 10, 4]));

        Assert.Equal((Unsatisfied, false), (result.Of(1).Grade, result.Of(1).ExactThreshold));
        Assert.Equal([1], result.ToRectify);
        Assert.Empty(result.ExactThreshold);
    }

    [Fact]
    public void SatisfiedExactlyHalfIsLeftToThePresidium()
    {
        var result = Appraisals.Count(currentDeputies: 30, Votes.Candidates("甲"), Appraisals.WithCounts(30, [15, 10, 5]));

        Assert.Null(result.Of(1).Grade);
        Assert.True(result.Of(1).ExactThreshold);
        Assert.Equal([Satisfied, BasicallySatisfied], result.Of(1).Between);
        Assert.Equal([1], result.ExactThreshold);
        Assert.Empty(result.ToRectify);
    }

    [Fact]
    public void CombinedExactlyHalfIsLeftToThePresidium()
    {
        var decision = Decide(GradeRule.Default, [10, 5, 15], denominator: 30);

        Assert.Null(decision.Level);
        Assert.Equal([BasicallySatisfied, Unsatisfied], decision.Between);
    }

    [Fact]
    public void DenominatorSettingChangesTheGrade()
    {
        // 30 of 45 deputies take part: 20 满意 is two thirds of the valid votes but not half of all members.
        var ballots = Appraisals.WithCounts(30, [20, 8, 2]);
        var targets = Votes.Candidates("甲");

        var byMembers = Appraisals.Count(currentDeputies: 45, targets, ballots);
        var byValid = Appraisals.Count(currentDeputies: 45, targets, ballots, rule: ByValidVotes);

        Assert.Equal(BasicallySatisfied, byMembers.Of(1).Grade);
        Assert.Equal(Satisfied, byValid.Of(1).Grade);
    }

    [Fact]
    public void TwoThirdsThresholdAsksForMore()
    {
        var twoThirds = new GradeRule(new Fraction(2, 3), Denominator.AllCurrentMembers);

        Assert.Equal(Satisfied, Decide(GradeRule.Default, [18, 6, 6], denominator: 30).Level);
        Assert.Equal(BasicallySatisfied, Decide(twoThirds, [18, 6, 6], denominator: 30).Level);
        Assert.Equal(Unsatisfied, Decide(twoThirds, [10, 9, 11], denominator: 30).Level);
        Assert.Equal([Satisfied, BasicallySatisfied], Decide(twoThirds, [20, 6, 4], denominator: 30).Between);
    }

    [Theory]
    [InlineData(new[] { 16, 8, 4, 2 }, 0)]
    [InlineData(new[] { 10, 8, 5, 7 }, 1)]
    [InlineData(new[] { 3, 5, 10, 12 }, 2)]
    [InlineData(new[] { 2, 5, 6, 17 }, 3)]
    public void CompetenceScaleIsGradedFromTheBestLevelDown(int[] counts, int grade)
    {
        int[] toRectify = grade == 3 ? [1] : [];

        var result = Appraisals.Count(
            currentDeputies: 30, Votes.Candidates("副区长"), Appraisals.WithCounts(30, counts), AppraisalScale.Competence);

        Assert.Equal(grade, result.Of(1).Grade);
        Assert.Equal(toRectify, result.ToRectify);
    }

    [Fact]
    public void NoValidVotesGivesNoGradeAndNoFlag()
    {
        var result = Appraisals.Count(
            currentDeputies: 30, Votes.Candidates("甲"), Appraisals.WithCounts(30, [0, 0, 0]), rule: ByValidVotes);

        Assert.Equal((null, false, 30), (result.Of(1).Grade, result.Of(1).ExactThreshold, result.Of(1).Invalid));
        Assert.Empty(result.ToRectify);
        Assert.Empty(result.ExactThreshold);
    }

    [Fact]
    public void NoValidVotesAmongAllMembersIsUnsatisfied() =>
        Assert.Equal(Unsatisfied, Decide(GradeRule.Default, [0, 0, 0], denominator: 30).Level);

    private static GradeDecision Decide(GradeRule rule, int[] levelCounts, int denominator) =>
        AppraisalGrade.Decide(rule, levelCounts, denominator);
}
