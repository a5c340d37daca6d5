using PeoplesCongress.Tally.BetweenSittings;
using static PeoplesCongress.Tally.Tests.BetweenSittings.Suggestions;

namespace PeoplesCongress.Tally.Tests.BetweenSittings;

public class ProjectReportTests
{
    // Due on 30 September, with a milestone on 30 June.
    private static TrackedProject Project(
        int id, DateOnly? deliveredOn = null, DateOnly? milestoneDoneOn = null, string? grade = null, string department = "住建局") =>
        new(id, $"项目{id}", department, Day(9, 30), deliveredOn, [new Milestone("开工", Day(6, 30), milestoneDoneOn)], grade);

    [Theory]
    [InlineData(9, 30, ProjectProgress.Delivered)]
    [InlineData(10, 1, ProjectProgress.DeliveredLate)]
    public void DeliveryOnTheDeadlineIsOnTimeAndADayLaterIsLate(int month, int day, ProjectProgress progress) =>
        Assert.Equal(progress, ProjectReport.ProgressOf(Project(1, Day(month, day)), Day(12, 31)));

    [Theory]
    [InlineData(6, 30, ProjectProgress.OnSchedule)]
    [InlineData(7, 1, ProjectProgress.Behind)]
    public void AMilestoneNotDoneHoldsTheProjectBackFromTheDayAfterItIsDue(int month, int day, ProjectProgress progress) =>
        Assert.Equal(progress, ProjectReport.ProgressOf(Project(1), Day(month, day)));

    [Fact]
    public void AMilestoneDoneLateNoLongerHoldsTheProjectBack() =>
        Assert.Equal(ProjectProgress.OnSchedule, ProjectReport.ProgressOf(Project(1, milestoneDoneOn: Day(8, 15)), Day(9, 1)));

    [Theory]
    [InlineData(9, 30, ProjectProgress.OnSchedule)]
    [InlineData(10, 1, ProjectProgress.Behind)]
    public void AnUndeliveredProjectIsBehindFromTheDayAfterItsDeadline(int month, int day, ProjectProgress progress) =>
        Assert.Equal(progress, ProjectReport.ProgressOf(Project(1, milestoneDoneOn: Day(6, 1)), Day(month, day)));

    [Fact]
    public void FiguresCountProgressDeliveryAndGrades()
    {
        TrackedProject[] projects =
        [
            Project(1, Day(9, 1), Day(6, 1), "满意"),
            Project(2, Day(9, 20), Day(6, 1), "较好"),
            Project(3, Day(10, 5), Day(6, 1), "不满意"),
            Project(4, milestoneDoneOn: Day(6, 1), grade: "满意"),
            Project(5, grade: "一般"),
            Project(6, Day(9, 30), Day(6, 1), "基本满意"),
            Project(7, milestoneDoneOn: Day(6, 1)),
        ];

        var figures = ProjectReport.Overall(projects, Day(9, 15));

        Assert.Equal((7, 2, 1, 4, 3), (figures.Total, figures.OnSchedule, figures.Behind, figures.Delivered, figures.DeliveredOnTime));
        Assert.Equal(("57.14", "75.00"), (figures.DeliveredRate.Percent, figures.OnTimeRate.Percent));
        Assert.Equal(6, figures.Rated);
        Assert.Equal(
            [new("满意", 2), new("基本满意", 1), new("不满意", 1), new("一般", 1), new("较好", 1)], figures.Grades);
    }

    [Fact]
    public void LateProjectsAreListedLongestFirstThenById()
    {
        Milestone[] missed = [new("主体完工", Day(6, 30), null), new("开工", Day(5, 31), null), new("验收", Day(9, 30), null)];
        TrackedProject[] projects =
        [
            Project(1, milestoneDoneOn: Day(6, 1)) with { DeadlineOn = Day(8, 31) },
            Project(2, Day(9, 11), Day(6, 1)) with { DeadlineOn = Day(9, 1) },
            Project(3),
            Project(4, Day(9, 10), Day(6, 1)) with { DeadlineOn = Day(8, 31) },
            Project(5, milestoneDoneOn: Day(7, 1)),
            Project(6, Day(9, 1), Day(6, 1)),
            new(7, "项目7", "住建局", Day(9, 30), null, missed, null),
        ];

        var figures = ProjectReport.Overall(projects, Day(9, 15));

        Assert.Equal(
            [
                new LateProject(7, "项目7", "住建局", ProjectProgress.Behind, Day(5, 31), 107),
                new LateProject(3, "项目3", "住建局", ProjectProgress.Behind, Day(6, 30), 77),
                new LateProject(1, "项目1", "住建局", ProjectProgress.Behind, Day(8, 31), 15),
                new LateProject(2, "项目2", "住建局", ProjectProgress.DeliveredLate, Day(9, 1), 10),
                new LateProject(4, "项目4", "住建局", ProjectProgress.DeliveredLate, Day(8, 31), 10),
            ],
            figures.Late);
    }

    [Fact]
    public void DepartmentsAreInOrdinalOrder() =>
        Assert.Equal(["交通局", "卫健局", "教育局"],
            ProjectReport.ByDepartment(
                [Project(1, department: "教育局"), Project(2, department: "交通局"), Project(3, department: "卫健局")], Day(6, 1))
            .Select(g => g.Name));

    [Fact]
    public void AProjectWithoutALeadDepartmentIsRejected() =>
        Assert.StartsWith("民生实事项目“项目1”须有承办单位。", Assert.Throws<ArgumentException>(() => Project(1, department: "")).Message);

    [Fact]
    public void AnEmptyGradeIsRejected() =>
        Assert.StartsWith("民生实事项目“项目1”的测评等次不能为空。", Assert.Throws<ArgumentException>(() => Project(1, grade: "")).Message);

    [Fact]
    public void TheSameProjectTwiceIsRejected() =>
        Assert.StartsWith("同一个民生实事项目出现了两次（Id 1）。",
            Assert.Throws<ArgumentException>(() => ProjectReport.Overall([Project(1), Project(1)], Day(6, 1))).Message);
}
