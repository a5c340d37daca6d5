namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// A candidate 民生实事 project as gathered (征集: from the public form, a department, a deputy, or a list), and how
/// the secretariat screened it (初选). Once put on a sitting's ballot, the ballot and its item are kept here, so the
/// project's history reaches back to its proposal.
/// </summary>
public sealed class ProjectProposal
{
    public int Id { get; set; }
    public int TermId { get; set; }

    /// <summary>The year whose projects it is proposed for (e.g. 2027's, voted at the sitting early in 2027).</summary>
    public int Year { get; set; }

    public required string Title { get; set; }
    public required string Description { get; set; }
    public string Place { get; set; } = "";
    public decimal? BudgetWan { get; set; }
    public string LeadDepartment { get; set; } = "";
    public required string Source { get; set; }
    public string SubmitterName { get; set; } = "";

    /// <summary>A member of the public's telephone, for the secretariat only; never on a public page or in a report.</summary>
    public string? SubmitterPhone { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
    public Contracts.ProposalScreening Screening { get; set; }
    public string ScreeningNote { get; set; } = "";
    public int? BallotId { get; set; }
    public int? BallotItemId { get; set; }
}

/// <summary>
/// An adopted 民生实事 project, followed through its year (监督) to the deputies' appraisal of its delivery (测评) at
/// the next sitting, whose certified grade is written back here.
/// </summary>
public sealed class LivelihoodProject
{
    public int Id { get; set; }
    public int TermId { get; set; }
    public int Year { get; set; }
    public int? ProposalId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public string Place { get; set; } = "";
    public decimal? BudgetWan { get; set; }
    public int LeadDepartmentId { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public DateOnly DeadlineOn { get; set; }
    public DateOnly? DeliveredOn { get; set; }

    /// <summary>The 票决 ballot that adopted it (the first round's, whose item <see cref="BallotItemId"/> it was).</summary>
    public int BallotId { get; set; }

    public int BallotItemId { get; set; }
    public int? AppraisalBallotId { get; set; }
    public int? AppraisalItemId { get; set; }

    /// <summary>The certified grade of the appraisal (满意 / 基本满意 / 不满意), written back once published.</summary>
    public string? Grade { get; set; }

    public List<ProjectMilestone> Milestones { get; set; } = [];
    public List<ProjectSupervisor> Supervisors { get; set; } = [];
    public List<ProgressReport> Reports { get; set; } = [];
    public List<ProjectInspection> Inspections { get; set; } = [];
}

public sealed class ProjectMilestone
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public required string Name { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}

/// <summary>A deputy of the project's supervision group (代表监督小组).</summary>
public sealed class ProjectSupervisor
{
    public int ProjectId { get; set; }
    public int TermDeputyId { get; set; }
}

/// <summary>The lead department's report of progress (进展情况); appended, never changed.</summary>
public sealed class ProgressReport
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string By { get; set; }
    public required string Text { get; set; }
    public int PercentDone { get; set; }
}

/// <summary>An inspection (视察) recorded by a deputy of the supervision group; appended, never changed.</summary>
public sealed class ProjectInspection
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public DateOnly InspectedOn { get; set; }
    public required string By { get; set; }
    public required string Text { get; set; }
}
