namespace PeoplesCongress.Tally.BetweenSittings;

public sealed record Milestone(string Name, DateOnly DueOn, DateOnly? DoneOn);

// RULES.md "民生实事: the whole cycle": an adopted project with its 承办单位, milestones and deadline; Grade is the
// certified 满意度测评 grade written back at the next sitting, null until then.
public sealed record TrackedProject(
    int Id, string Title, string LeadDepartment, DateOnly DeadlineOn, DateOnly? DeliveredOn, IReadOnlyList<Milestone> Milestones, string? Grade)
{
    public string LeadDepartment { get; } =
        LeadDepartment.Length > 0 ? LeadDepartment : throw new ArgumentException($"民生实事项目“{Title}”须有承办单位。", nameof(LeadDepartment));

    public IReadOnlyList<Milestone> Milestones { get; } = Milestones ?? throw new ArgumentNullException(nameof(Milestones));

    public string? Grade { get; } =
        Grade is null || Grade.Length > 0 ? Grade : throw new ArgumentException($"民生实事项目“{Title}”的测评等次不能为空。", nameof(Grade));
}

public enum ProjectProgress { OnSchedule, Behind, Delivered, DeliveredLate }
