namespace PeoplesCongress.Tally.BetweenSittings;

// RULES.md "民生实事: the whole cycle": where each project stands as of a given date, per department and overall.
public static class ProjectReport
{
    // Delivered by the deadline, or after it; undelivered, behind once the deadline has passed or while a milestone
    // due before the as-of date is not done (one done late no longer holds the project back); else on schedule.
    public static ProjectProgress ProgressOf(TrackedProject project, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.DeliveredOn is { } delivered
            ? delivered <= project.DeadlineOn ? ProjectProgress.Delivered : ProjectProgress.DeliveredLate
            : asOf > project.DeadlineOn || FirstMissed(project, asOf) is not null ? ProjectProgress.Behind : ProjectProgress.OnSchedule;
    }

    public static ProjectFigures Overall(IEnumerable<TrackedProject> projects, DateOnly asOf) => Figures(Checked(projects), asOf);

    public static IReadOnlyList<GroupFigures<ProjectFigures>> ByDepartment(IEnumerable<TrackedProject> projects, DateOnly asOf) =>
        [.. Checked(projects)
            .GroupBy(p => p.LeadDepartment)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupFigures<ProjectFigures>(g.Key, Figures([.. g], asOf)))];

    private static IReadOnlyList<TrackedProject> Checked(IEnumerable<TrackedProject> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var list = projects.ToList();
        var repeated = list.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? list : throw new ArgumentException($"同一个民生实事项目出现了两次（Id {repeated.Key}）。", nameof(projects));
    }

    private static ProjectFigures Figures(IReadOnlyList<TrackedProject> projects, DateOnly asOf)
    {
        // Delivered counts on time and late; the delivered rate is of all projects, the on-time rate of those delivered.
        var progress = projects.Select(p => (Project: p, Progress: ProgressOf(p, asOf))).ToList();
        int Count(ProjectProgress state) => progress.Count(p => p.Progress == state);
        var onTime = Count(ProjectProgress.Delivered);
        var delivered = onTime + Count(ProjectProgress.DeliveredLate);
        // Rated: the projects whose certified grade has been written back.
        var grades = projects.Select(p => p.Grade).OfType<string>().ToList();

        return new ProjectFigures(
            projects.Count, Count(ProjectProgress.OnSchedule), Count(ProjectProgress.Behind), delivered, onTime,
            new Rate(delivered, projects.Count), new Rate(onTime, delivered),
            grades.Count, Grades(grades),
            // Late: behind or delivered late, the latest first.
            [.. progress
                .Where(p => p.Progress is ProjectProgress.Behind or ProjectProgress.DeliveredLate)
                .Select(p => Late(p.Project, p.Progress, asOf))
                .OrderByDescending(l => l.DaysLate)
                .ThenBy(l => l.Id)]);
    }

    // The rating scale's labels first, 满意 / 基本满意 / 不满意, then any other label in ordinal order.
    private static IReadOnlyList<GradeCount> Grades(IEnumerable<string> grades)
    {
        var scale = Enum.GetValues<HandlingRating>().Select(HandlingWording.Of).ToList();
        return [.. grades
            .GroupBy(g => g)
            .OrderBy(g => scale.IndexOf(g.Key) is var i and >= 0 ? i : scale.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GradeCount(g.Key, g.Count()))];
    }

    // Late against the deadline once it has passed, else against the earliest milestone missed;
    // measured to the delivery, or to the as-of date while undelivered.
    private static LateProject Late(TrackedProject project, ProjectProgress progress, DateOnly asOf)
    {
        var dueOn = progress == ProjectProgress.DeliveredLate || asOf > project.DeadlineOn
            ? project.DeadlineOn
            : FirstMissed(project, asOf)!.DueOn; // behind before its deadline: a milestone was missed
        var to = project.DeliveredOn ?? asOf;
        return new LateProject(project.Id, project.Title, project.LeadDepartment, progress, dueOn, to.DayNumber - dueOn.DayNumber);
    }

    private static Milestone? FirstMissed(TrackedProject project, DateOnly asOf) =>
        project.Milestones.Where(m => m.DueOn < asOf && m.DoneOn is null).MinBy(m => m.DueOn);
}
