namespace PeoplesCongress.Tally.Tests;

public class AppraisalAnnouncementTests
{
    [Fact]
    public void ZhanyiFiguresAreAnnouncedPerTarget()
    {
        var result = Appraisals.Count(
            currentDeputies: 28, Votes.Candidates("县教育局", "县卫健局"), Appraisals.WithCounts(28, [25, 3, 0], [20, 7, 1]));

        Assert.Equal(
            "发出测评表28张，收回28张。"
            + "县教育局：满意25票，基本满意3票，不满意0票，无效0票，满意率89.29%，测评等次为满意。"
            + "县卫健局：满意20票，基本满意7票，不满意1票，无效0票，满意率71.43%，测评等次为满意。",
            result.Announcement);
    }

    [Fact]
    public void UnsatisfiedTargetsMustRectifyAndExactHalvesGoToThePresidium()
    {
        var result = Appraisals.Count(
            currentDeputies: 30, Votes.Candidates("甲", "乙", "丙"),
            Appraisals.WithCounts(30, [5, 9, 16], [15, 10, 5], [2, 5, 21]));

        Assert.Contains("乙：满意15票，基本满意10票，不满意5票，无效0票，满意率50.00%，测评等次待定（满意或基本满意）。", result.Announcement);
        Assert.Contains("丙：满意2票，基本满意5票，不满意21票，无效2票，满意率7.14%，测评等次为不满意。", result.Announcement);
        Assert.EndsWith(
            "测评等次为不满意的：甲、丙，应当整改后重新报告。乙的得票恰好为二分之一，测评等次请主席团决定。",
            result.Announcement);
    }

    [Fact]
    public void ScaleLabelsAndBestLevelRateAreUsed()
    {
        var scale = AppraisalScale.Competence with { Unknown = "不了解" };

        var result = Appraisals.Count(currentDeputies: 28, Votes.Candidates("副县长"), Appraisals.WithCounts(28, [20, 6, 1, 0, 1]), scale);

        Assert.Equal(
            "发出测评表28张，收回28张。副县长：优秀20票，称职6票，基本称职1票，不称职0票，不了解1票，无效0票，优秀率71.43%，测评等次为优秀。",
            result.Announcement);
    }

    [Fact]
    public void ThresholdIsNamedWhenExactlyMet()
    {
        var twoThirds = new GradeRule(new Fraction(2, 3), Denominator.AllCurrentMembers);

        var result = Appraisals.Count(currentDeputies: 30, Votes.Candidates("甲"), Appraisals.WithCounts(30, [20, 6, 4]), rule: twoThirds);

        Assert.EndsWith("甲的得票恰好为三分之二，测评等次请主席团决定。", result.Announcement);
    }

    [Fact]
    public void TargetWithoutGradeIsSaidSo()
    {
        var byValid = new GradeRule(Fraction.Half, Denominator.ValidVotes);

        var result = Appraisals.Count(currentDeputies: 3, Votes.Candidates("甲"), Appraisals.WithCounts(3, [0, 0, 0]), rule: byValid);

        Assert.Equal("发出测评表3张，收回3张。甲：满意0票，基本满意0票，不满意0票，无效3票，满意率0.00%，未评定测评等次。", result.Announcement);
    }

    [Fact]
    public void InvalidVoteMustBeRepeated()
    {
        var result = Appraisals.Count(
            currentDeputies: 28, Votes.Candidates("甲"), Appraisals.WithCounts(28, [25, 3, 0]), issued: 27);

        Assert.Equal("发出测评表27张，收回28张，本次测评无效，应当重新测评。", result.Announcement);
    }
}
