using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>How the secretariat screened a proposed project (初选).</summary>
[JsonConverter(typeof(WireEnumConverter<ProposalScreening>))]
public enum ProposalScreening
{
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("accepted")] Accepted,
    [JsonStringEnumMemberName("rejected")] Rejected,
}

/// <summary>Where a proposal came from (RULES.md "民生实事: the whole cycle", 征集).</summary>
public static class ProposalSources
{
    public const string Public = "public";
    public const string Department = "department";
    public const string Deputy = "deputy";
    public const string Station = "station";

    public static readonly IReadOnlyList<string> All = [Public, Department, Deputy, Station];
}

/// <summary>
/// A proposed 民生实事 project. From the public form the source is always public, the year the one being gathered, and
/// the name and telephone are the proposer's; the secretariat may enter one from any source, for any
/// <paramref name="Year"/> (the one being gathered when left out).
/// </summary>
public sealed record SubmitProposalRequest(
    string Title, string Description, string? Place = null, decimal? BudgetWan = null, string? LeadDepartment = null,
    string? SubmitterName = null, string? SubmitterPhone = null, string? Source = null, int? Year = null);

public sealed record ProposalView(
    int Id, int Year, string Title, string Description, string Place, decimal? BudgetWan, string LeadDepartment, string Source,
    string SubmitterName, string? SubmitterPhone, DateTimeOffset SubmittedAt, ProposalScreening Screening, string ScreeningNote,
    int? BallotId);

/// <summary>What the public form says back: the number to quote, and nothing of anyone else's.</summary>
public sealed record ProposalReceived(int Id, int Year, string Title);

/// <summary>An import of proposals from a file: all rows or none.</summary>
public sealed record ProposalsImported(int Proposals);

/// <summary>初选: accepted onto the list the candidates are drawn from, or rejected with the reason.</summary>
public sealed record ScreenProposalRequest(ProposalScreening Screening, string? Note = null, string? LeadDepartment = null, decimal? BudgetWan = null);

/// <summary>Opens the public form for the projects of <paramref name="Year"/>, or closes it (null).</summary>
public sealed record CollectionRequest(int? Year);

/// <summary>
/// The candidate list put to a sitting: a draft 票决 ballot of <paramref name="Kind"/> with the accepted proposals as
/// its items, refused unless it has the term's 差额 of candidates over <paramref name="Places"/>.
/// </summary>
public sealed record CandidateListRequest(
    int SittingId, int Places, IReadOnlyList<int> ProposalIds, BallotKind Kind = BallotKind.ProjectSelection, string? Title = null);

/// <summary>Adopts the projects of a published 票决 (its last round), each to be done by <paramref name="DeadlineOn"/> (31 December of their year by default).</summary>
public sealed record AdoptProjectsRequest(int BallotId, DateOnly? DeadlineOn = null);

public sealed record NewMilestone(string Name, DateOnly DueOn);

/// <summary>The plan of an adopted project: its deadline, milestones and supervision group (代表证号 of the term).</summary>
public sealed record ProjectPlanRequest(DateOnly DeadlineOn, IReadOnlyList<NewMilestone>? Milestones = null, IReadOnlyList<string>? Supervisors = null);

/// <summary>The lead department's report: what was done, how far (0–100 %), milestones done, and whether it is delivered.</summary>
public sealed record ProgressReportRequest(string Text, int PercentDone, IReadOnlyList<int>? MilestonesDone = null, bool Delivered = false);

public sealed record InspectionRequest(string Text);

/// <summary>The next sitting's 满意度测评 of a year's projects: a draft satisfaction ballot with one item per project.</summary>
public sealed record ProjectAppraisalRequest(int SittingId, int Year, string? Title = null);

/// <summary>Writes the grades of a published 测评 back to its projects.</summary>
public sealed record WriteBackGradesRequest(int BallotId);

public sealed record MilestoneView(int Id, string Name, DateOnly DueOn, DateOnly? DoneOn);

public sealed record ProjectView(
    int Id, int Year, string Title, string Description, string Place, decimal? BudgetWan, string LeadDepartment,
    DateOnly AdoptedOn, DateOnly DeadlineOn, DateOnly? DeliveredOn, string Progress, string ProgressLabel, int PercentDone,
    string? Grade, IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<string> Supervisors);

public sealed record ProgressReportView(DateOnly ReportedOn, string By, string Text, int PercentDone);

public sealed record InspectionView(DateOnly InspectedOn, string By, string Text);

/// <summary>A ballot in a project's history: the 票决 that adopted it, the 测评 that graded it.</summary>
public sealed record BallotLink(int BallotId, int SittingId, string SittingName, string Title, BallotState State);

/// <summary>One page of a project's whole history: proposal, screening, vote, plan, reports, inspections, appraisal.</summary>
public sealed record ProjectHistoryView(
    ProjectView Project, ProposalView? Proposal, BallotLink Vote, IReadOnlyList<ProgressReportView> Reports,
    IReadOnlyList<InspectionView> Inspections, BallotLink? Appraisal);

/// <summary>A project as the public page (公示) lists it: no names of proposers, no telephones.</summary>
public sealed record PublicProjectView(
    int Id, int Year, string Title, string Place, decimal? BudgetWan, string LeadDepartment, DateOnly DeadlineOn,
    string ProgressLabel, int PercentDone, string? Grade);

public sealed record ProjectFiguresView(
    int Total, int OnSchedule, int Behind, int Delivered, int DeliveredOnTime, ShareView DeliveredRate, ShareView OnTimeRate,
    int Rated, IReadOnlyList<GradeCountView> Grades);

public sealed record GradeCountView(string Grade, int Count);

public sealed record LateProjectView(int Id, string Title, string LeadDepartment, string ProgressLabel, DateOnly DueOn, int DaysLate);

public sealed record NamedProjectFigures(string Name, ProjectFiguresView Figures);

/// <summary>The figures of a year's projects on <paramref name="AsOf"/>: on schedule, behind, delivered, rated.</summary>
public sealed record ProjectDashboard(
    DateOnly AsOf, int Year, ProjectFiguresView Overall, IReadOnlyList<NamedProjectFigures> ByDepartment, IReadOnlyList<LateProjectView> Late);

/// <summary>A term as the public pages show it: its name, and the year its form is gathering projects for (null: closed).</summary>
public sealed record PublicTermView(int Id, string Name, int? CollectingYear);
