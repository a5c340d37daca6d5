using PeoplesCongress.Contracts;

namespace PeoplesCongress.VoterClient;

/// <summary>The typed client's calls of the 民生实事 register: proposals, candidate lists, projects, and the public form.</summary>
public sealed partial class VenueApiClient
{
    public Task<List<ProposalView>> ProposalsAsync(int termId, int? year = null) =>
        Send<List<ProposalView>>(HttpMethod.Get, $"api/terms/{termId}/proposals" + (year is { } y ? $"?year={y}" : ""));

    public Task<ProposalView> EnterProposalAsync(int termId, SubmitProposalRequest request) =>
        Send<ProposalView>(HttpMethod.Post, $"api/terms/{termId}/proposals", request);

    public Task<ProposalsImported> ImportProposalsAsync(int termId, int year, byte[] file, string contentType = "text/csv") =>
        Send<ProposalsImported>(HttpMethod.Put, $"api/terms/{termId}/proposals?year={year}", File(file, contentType));

    public Task ScreenProposalAsync(int termId, int proposalId, ScreenProposalRequest request) =>
        Send<object>(HttpMethod.Post, $"api/terms/{termId}/proposals/{proposalId}/screening", request);

    public Task SetCollectionAsync(int termId, int? year) => Send<object>(HttpMethod.Put, $"api/terms/{termId}/collection", new CollectionRequest(year));

    public Task<BallotView> CreateCandidateListAsync(int termId, CandidateListRequest request) =>
        Send<BallotView>(HttpMethod.Post, $"api/terms/{termId}/candidate-lists", request);

    public Task<List<ProjectView>> AdoptProjectsAsync(int termId, AdoptProjectsRequest request) =>
        Send<List<ProjectView>>(HttpMethod.Post, $"api/terms/{termId}/projects/adoption", request);

    public Task<List<ProjectView>> ProjectsAsync(int termId, int? year = null) =>
        Send<List<ProjectView>>(HttpMethod.Get, $"api/terms/{termId}/projects" + (year is { } y ? $"?year={y}" : ""));

    public Task<ProjectHistoryView> ProjectAsync(int termId, int projectId) =>
        Send<ProjectHistoryView>(HttpMethod.Get, $"api/terms/{termId}/projects/{projectId}");

    public Task<ProjectHistoryView> PlanProjectAsync(int termId, int projectId, ProjectPlanRequest request) =>
        Send<ProjectHistoryView>(HttpMethod.Put, $"api/terms/{termId}/projects/{projectId}/plan", request);

    public Task<ProjectHistoryView> ReportProgressAsync(int termId, int projectId, ProgressReportRequest request) =>
        Send<ProjectHistoryView>(HttpMethod.Post, $"api/terms/{termId}/projects/{projectId}/reports", request);

    public Task<ProjectHistoryView> RecordInspectionAsync(int termId, int projectId, string text) =>
        Send<ProjectHistoryView>(HttpMethod.Post, $"api/terms/{termId}/projects/{projectId}/inspections", new InspectionRequest(text));

    public Task<BallotView> CreateProjectAppraisalAsync(int termId, ProjectAppraisalRequest request) =>
        Send<BallotView>(HttpMethod.Post, $"api/terms/{termId}/projects/appraisal", request);

    public Task<List<ProjectView>> WriteBackGradesAsync(int termId, int ballotId) =>
        Send<List<ProjectView>>(HttpMethod.Post, $"api/terms/{termId}/projects/grades", new WriteBackGradesRequest(ballotId));

    public Task<ProjectDashboard> ProjectFiguresAsync(int termId, int year, DateOnly? asOf = null) =>
        Send<ProjectDashboard>(HttpMethod.Get, $"api/terms/{termId}/projects/figures?year={year}" + (asOf is { } d ? $"&asOf={d:yyyy-MM-dd}" : ""));

    /// <summary>The report on a year's projects (民生实事项目实施情况报告) on <paramref name="asOf"/>, or today, as PDF or XLSX.</summary>
    public Task<byte[]> ProjectReportAsync(int termId, int year, string format, DateOnly? asOf = null) =>
        DownloadAsync($"api/terms/{termId}/projects/report.{format}?year={year}" + (asOf is { } d ? $"&asOf={d:yyyy-MM-dd}" : ""));

    public Task<List<PublicTermView>> PublicTermsAsync() => Send<List<PublicTermView>>(HttpMethod.Get, "api/public/terms");

    public Task<ProposalReceived> ProposePublicAsync(int termId, SubmitProposalRequest request) =>
        Send<ProposalReceived>(HttpMethod.Post, $"api/public/terms/{termId}/proposals", request);

    public Task<List<PublicProjectView>> PublicProjectsAsync(int termId, int? year = null) =>
        Send<List<PublicProjectView>>(HttpMethod.Get, $"api/public/terms/{termId}/projects" + (year is { } y ? $"?year={y}" : ""));
}
