using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Projects;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Suggestions;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Reports;

/// <summary>
/// A term's report on the handling of deputies' suggestions (代表建议办理情况报告), for staff like the figures it
/// states: as PDF or workbook, for a day (asOf, China's date; today when left out), rendered at each request from
/// the figures of that day.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var term = app.MapGroup("/api/terms/{termId:int}").RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        term.MapGet("/report.pdf", (int termId, DateOnly? asOf, HttpContext http, TermQueries terms, SuggestionQueries suggestions) =>
            DownloadAsync(termId, asOf, http, terms, suggestions, "pdf", ReportPdf.Render));
        term.MapGet("/report.xlsx", (int termId, DateOnly? asOf, HttpContext http, TermQueries terms, SuggestionQueries suggestions) =>
            DownloadAsync(termId, asOf, http, terms, suggestions, "xlsx", ReportXlsx.Render));
        term.MapGet("/projects/report.pdf", (int termId, int year, DateOnly? asOf, HttpContext http, TermQueries terms, ProjectQueries projects) =>
            ProjectsAsync(termId, year, asOf, http, terms, projects, "pdf", ReportPdf.Render));
        term.MapGet("/projects/report.xlsx", (int termId, int year, DateOnly? asOf, HttpContext http, TermQueries terms, ProjectQueries projects) =>
            ProjectsAsync(termId, year, asOf, http, terms, projects, "xlsx", ReportXlsx.Render));
        return app;
    }

    /// <summary>A year's 民生实事 projects on a day, named 2027年度民生实事项目实施情况报告-2028-01-15.pdf.</summary>
    private static async Task<FileContentHttpResult> ProjectsAsync(
        int termId, int year, DateOnly? asOf, HttpContext http, TermQueries terms, ProjectQueries projects, string format,
        Func<ReportDocument, byte[]> render)
    {
        var caller = Caller.From(http.User);
        var found = await terms.GetAsync(termId, caller);
        var report = ProjectReportSections.Document(
            found.ToView(), await projects.DashboardAsync(termId, caller, year, asOf), await projects.ListAsync(termId, caller, year, asOf));
        return Attachment(http, render(report), $"{year}年度{ProjectReportSections.Title}", $"project-report-{year}", report.Date, format);
    }

    /// <summary>
    /// The file, to save: named 代表建议办理情况报告-2027-12-31.pdf (RFC 5987 filename*), with
    /// suggestion-report-2027-12-31.pdf for clients that read only the plain filename.
    /// </summary>
    private static async Task<FileContentHttpResult> DownloadAsync(
        int termId, DateOnly? asOf, HttpContext http, TermQueries terms, SuggestionQueries suggestions, string format,
        Func<ReportDocument, byte[]> render)
    {
        var caller = Caller.From(http.User);
        var found = await terms.GetAsync(termId, caller);
        var report = TermReport.Of(found.ToView(), await suggestions.DashboardAsync(termId, caller, asOf));
        return Attachment(http, render(report), TermReport.Title, "suggestion-report", report.Date, format);
    }

    private static FileContentHttpResult Attachment(HttpContext http, byte[] file, string name, string plainName, DateOnly date, string format)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{plainName}-{day}.{format}",
            FileNameStar = $"{name}-{day}.{format}",
        }.ToString();
        return TypedResults.File(file, NoticeFiles.ContentTypes[format]);
    }
}
