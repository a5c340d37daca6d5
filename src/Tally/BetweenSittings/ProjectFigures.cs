namespace PeoplesCongress.Tally.BetweenSittings;

// DueOn is the date the project is late against; DaysLate counts whole days to its delivery or to the as-of date.
public sealed record LateProject(int Id, string Title, string LeadDepartment, ProjectProgress Progress, DateOnly DueOn, int DaysLate);

public sealed record GradeCount(string Grade, int Count);

// RULES.md "民生实事: the whole cycle": progress, delivery and the 满意度测评 grades, per department and overall.
public sealed record ProjectFigures(
    int Total, int OnSchedule, int Behind, int Delivered, int DeliveredOnTime, Rate DeliveredRate, Rate OnTimeRate,
    int Rated, IReadOnlyList<GradeCount> Grades, IReadOnlyList<LateProject> Late);
