namespace PeoplesCongress.Tally.Tests;

public class AppraisalTallyTests
{
    [Fact]
    public void ZhanyiRatesAndGradesMatchThePublishedFigures()
    {
        // 沾益: 28 issued, 28 returned; 25/3/0 and 20/7/1.
        var result = Appraisals.Count(
            currentDeputies: 28, Votes.Candidates("甲", "乙"), Appraisals.WithCounts(28, [25, 3, 0], [20, 7, 1]));

        Assert.Equal((28, 28, true), (result.Issued, result.Returned, result.VoteValid));
        Assert.Equal(["89.29", "10.71", "0.00"], result.Of(1).Rates.Select(r => r.Percent));
        Assert.Equal(["71.43", "25.00", "3.57"], result.Of(2).Rates.Select(r => r.Percent));
        Assert.Equal(("100.00", "96.43"), (result.Of(1).Combined.Percent, result.Of(2).Combined.Percent));
        Assert.Equal((28, 0), (result.Of(2).Valid, result.Of(2).Invalid));
        Assert.Equal([0, 0], result.Targets.Select(t => t.Grade));
        Assert.Equal([1, 2], result.Targets.Select(t => t.Rank));
    }

    [Fact]
    public void ElevenDepartmentsCountInvalidMarksPerTarget()
    {
        // After 专题询问 of 11 departments; three forms are spoiled in different ways, target by target.
        var departments = Votes.Candidates(
            "发改局", "教育局", "公安局", "民政局", "财政局", "人社局", "自然资源局", "住建局", "交通局", "农业农村局", "卫健局");
        var forms = Appraisals.WithCounts(27,
            [24, 3, 0], [20, 4, 1], [16, 3, 1], [18, 6, 3], [12, 4, 2], [14, 11, 2],
            [10, 12, 5], [8, 10, 9], [5, 8, 14], [24, 3, 0], [2, 5, 20]);
        var ids = Enumerable.Range(1, 11).ToList();
        forms.Add(Appraisals.Sheet([.. ids.SelectMany(id => new[] { (id, 0), (id, 2) })]));
        forms.Add(Appraisals.Sheet([.. ids.Select(id => (id, id % 2 == 0 ? -1 : 3))]));
        forms.Add(Appraisals.Sheet((99, 0)));

        var result = Appraisals.Count(currentDeputies: 30, departments, forms);

        Assert.Equal([3, 5, 10, 3, 12, 3, 3, 3, 3, 3, 3], result.Targets.Select(t => t.Invalid));
        Assert.All(result.Targets, t => Assert.Equal(30, t.Valid + t.Invalid));
        Assert.Equal([1, 3, 3, 5, 5, 7, 8, 9, 10, 1, 11], result.Targets.Select(t => t.Rank));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 0, 2], result.Targets.Select(t => t.Grade));
        Assert.Equal([9, 11], result.ToRectify);
    }

    [Fact]
    public void UnknownIsAValidVoteButNoLevel()
    {
        var forms = Appraisals.WithCounts(20, [8, 4, 2, 6]);
        forms.Add(Appraisals.Sheet((1, 4)));
        var byValid = new GradeRule(Fraction.Half, Denominator.ValidVotes);

        var result = Appraisals.Count(
            currentDeputies: 25, Votes.Candidates("甲"), forms, AppraisalScale.SatisfactionWithUnknown, byValid);

        var target = result.Of(1);
        Assert.Equal([8, 4, 2, 6], target.Counts);
        Assert.Equal((20, 1), (target.Valid, target.Invalid));
        Assert.Equal(["40.00", "20.00", "10.00", "30.00"], target.Rates.Select(r => r.Percent));
        Assert.Equal("60.00", target.Combined.Percent);
        // 8 满意 would be more than half of the 14 votes with a level; it is not of the 20 valid votes.
        Assert.Equal(1, target.Grade);
    }

    [Fact]
    public void InvalidWholeVoteGradesNothingButPublishesCounts()
    {
        var result = Appraisals.Count(
            currentDeputies: 28, Votes.Candidates("甲", "乙"), Appraisals.WithCounts(28, [5, 9, 14], [14, 10, 4]), issued: 27);

        Assert.False(result.VoteValid);
        Assert.All(result.Targets, t => Assert.Equal((null, false, 0), (t.Grade, t.ExactThreshold, t.Between.Count)));
        Assert.Empty(result.ToRectify);
        Assert.Empty(result.ExactThreshold);
        Assert.Equal([14, 10, 4], result.Of(2).Counts);
        Assert.Equal([2, 1], result.Targets.Select(t => t.Rank));
    }

    [Fact]
    public void TargetsAreReportedInTheirOwnOrder()
    {
        Candidate[] targets = [new(7, "乙"), new(3, "甲")];
        var forms = Enumerable.Range(0, 10).Select(_ => Appraisals.Sheet((7, 2), (3, 0))).ToList();

        var result = Appraisals.Count(currentDeputies: 10, targets, forms);

        Assert.Equal([(7, 2, 2), (3, 0, 1)], result.Targets.Select(t => (t.Id, t.Grade!.Value, t.Rank)));
        Assert.Equal([7], result.ToRectify);
    }

    [Theory]
    [InlineData(-1, 28)]
    [InlineData(28, -1)]
    public void NegativeNumbersAreRejected(int currentDeputies, int issued) =>
        Assert.Throws<ArgumentException>(() => new AppraisalVote(
            currentDeputies, issued, AppraisalScale.Satisfaction, GradeRule.Default, Votes.Candidates("甲"), []));

    [Fact]
    public void AVoteWithoutTargetsIsRejected() =>
        Assert.Throws<ArgumentException>(() => new AppraisalVote(
            28, 28, AppraisalScale.Satisfaction, GradeRule.Default, [], []));

    [Fact]
    public void DuplicateTargetIdsAreRejected() =>
        Assert.Throws<ArgumentException>(() => new AppraisalVote(
            28, 28, AppraisalScale.Satisfaction, GradeRule.Default, [new(1, "甲"), new(1, "乙")], []));

    [Fact]
    public void AScaleOfOneLevelIsRejected() =>
        Assert.Throws<ArgumentException>(() => new AppraisalVote(
            28, 28, new AppraisalScale(["满意"], "不了解"), GradeRule.Default, Votes.Candidates("甲"), []));
}
