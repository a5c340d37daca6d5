using System.Net.Http.Headers;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VoterClient;

/// <summary>The typed client's calls of the term (届) between sittings: register, departments, credentials, suggestions.</summary>
public sealed partial class VenueApiClient
{
    public Task<TermView> CreateTermAsync(CreateTermRequest request) => Send<TermView>(HttpMethod.Post, "api/terms", request);

    public Task<TermView> TermAsync(int termId) => Send<TermView>(HttpMethod.Get, $"api/terms/{termId}");

    public Task<TermRegisterImported> ImportTermRegisterAsync(int termId, byte[] file, string contentType = "text/csv") =>
        Send<TermRegisterImported>(HttpMethod.Put, $"api/terms/{termId}/register", File(file, contentType));

    public Task<List<TermDeputyView>> TermDeputiesAsync(int termId) => Send<List<TermDeputyView>>(HttpMethod.Get, $"api/terms/{termId}/deputies");

    public Task<List<StationView>> StationsAsync(int termId) => Send<List<StationView>>(HttpMethod.Get, $"api/terms/{termId}/stations");

    public Task<IssuedCredential> IssuePersonalCredentialAsync(int termId, string number) =>
        Send<IssuedCredential>(HttpMethod.Post, $"api/terms/{termId}/deputies/{Uri.EscapeDataString(number)}/credential");

    public Task RevokePersonalCredentialAsync(int termId, string number) =>
        Send<object>(HttpMethod.Delete, $"api/terms/{termId}/deputies/{Uri.EscapeDataString(number)}/credential");

    public Task<DepartmentView> AddDepartmentAsync(int termId, string name) =>
        Send<DepartmentView>(HttpMethod.Post, $"api/terms/{termId}/departments", new CreateDepartmentRequest(name));

    public Task<List<DepartmentView>> DepartmentsAsync(int termId) => Send<List<DepartmentView>>(HttpMethod.Get, $"api/terms/{termId}/departments");

    public Task<IssuedCredential> IssueDepartmentCredentialAsync(int termId, int departmentId) =>
        Send<IssuedCredential>(HttpMethod.Post, $"api/terms/{termId}/departments/{departmentId}/credential");

    public Task<SuggestionView> SubmitSuggestionAsync(int termId, SubmitSuggestionRequest request) =>
        Send<SuggestionView>(HttpMethod.Post, $"api/terms/{termId}/suggestions", request);

    public Task<SuggestionsImported> ImportSuggestionsAsync(int termId, byte[] file, string contentType = "text/csv") =>
        Send<SuggestionsImported>(HttpMethod.Put, $"api/terms/{termId}/suggestions", File(file, contentType));

    public Task<List<SuggestionView>> SuggestionsAsync(int termId) => Send<List<SuggestionView>>(HttpMethod.Get, $"api/terms/{termId}/suggestions");

    public Task<SuggestionView> SuggestionAsync(int termId, int suggestionId) =>
        Send<SuggestionView>(HttpMethod.Get, $"api/terms/{termId}/suggestions/{suggestionId}");

    public Task<SuggestionView> AssignSuggestionAsync(int termId, int suggestionId, AssignSuggestionRequest request) =>
        Send<SuggestionView>(HttpMethod.Post, $"api/terms/{termId}/suggestions/{suggestionId}/assignment", request);

    public Task<SuggestionView> AnswerSuggestionAsync(int termId, int suggestionId, AnswerSuggestionRequest request) =>
        Send<SuggestionView>(HttpMethod.Post, $"api/terms/{termId}/suggestions/{suggestionId}/answer", request);

    public Task<SuggestionView> RateSuggestionAsync(int termId, int suggestionId, RateSuggestionRequest request) =>
        Send<SuggestionView>(HttpMethod.Post, $"api/terms/{termId}/suggestions/{suggestionId}/rating", request);

    /// <summary>The figures on <paramref name="asOf"/> (China's date), or today.</summary>
    public Task<SuggestionDashboard> SuggestionFiguresAsync(int termId, DateOnly? asOf = null) =>
        Send<SuggestionDashboard>(HttpMethod.Get, $"api/terms/{termId}/suggestions/figures" + AsOf(asOf));

    /// <summary>The report on the handling of suggestions (代表建议办理情况报告) on <paramref name="asOf"/>, or today, as PDF.</summary>
    public Task<byte[]> SuggestionReportPdfAsync(int termId, DateOnly? asOf = null) => DownloadAsync($"api/terms/{termId}/report.pdf" + AsOf(asOf));

    /// <summary>The same report as a workbook (XLSX).</summary>
    public Task<byte[]> SuggestionReportXlsxAsync(int termId, DateOnly? asOf = null) => DownloadAsync($"api/terms/{termId}/report.xlsx" + AsOf(asOf));

    public Task<List<SuggestionDue>> SuggestionRemindersAsync(int termId) =>
        Send<List<SuggestionDue>>(HttpMethod.Get, $"api/terms/{termId}/suggestions/reminders");

    private static string AsOf(DateOnly? day) =>
        day is { } d ? "?asOf=" + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static ByteArrayContent File(byte[] file, string contentType) =>
        new(file) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } };
}
