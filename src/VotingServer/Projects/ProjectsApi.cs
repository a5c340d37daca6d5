using Microsoft.AspNetCore.Http.HttpResults;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Projects;

/// <summary>
/// The 民生实事 register of a term (RULES.md "民生实事: the whole cycle"): 征集 and 初选 of proposals, the candidate list
/// put to a sitting, the projects its published 票决 adopted, their plan, reports and inspections (监督), the next
/// sitting's 测评 and its grades; and the public form and page (公示), which need no credential.
/// </summary>
public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjects(this IEndpointRouteBuilder app)
    {
        var term = app.MapGroup("/api/terms/{termId:int}").RequireAuthorization(CredentialAuthenticationExtensions.TermPolicy);
        var secretariat = term.MapGroup("/").RequireRole(Role.Secretariat);
        secretariat.MapGet("/proposals", async (int termId, int? year, HttpContext http, TermQueries terms, ProjectQueries projects) =>
        {
            await terms.GetAsync(termId, Caller.From(http.User));
            return TypedResults.Ok(await projects.ProposalsAsync(termId, year));
        });
        secretariat.MapPost("/proposals", EnterProposal);
        secretariat.MapPut("/proposals", ImportProposals).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Limits.RosterFileBytes));
        secretariat.MapPost("/proposals/{proposalId:int}/screening",
            async (int termId, int proposalId, ScreenProposalRequest request, HttpContext http, TermQueries terms, ProposalDesk desk) =>
            {
                await terms.GetAsync(termId, Caller.From(http.User));
                await desk.ScreenAsync(termId, proposalId, request.Checked());
                return TypedResults.NoContent();
            });
        secretariat.MapPut("/collection", async (int termId, CollectionRequest request, HttpContext http, TermQueries terms, ProposalDesk desk) =>
        {
            await terms.GetAsync(termId, Caller.From(http.User));
            await desk.SetCollectionAsync(termId, request?.Year);
            return TypedResults.NoContent();
        });
        secretariat.MapPost("/candidate-lists", async (int termId, CandidateListRequest request, HttpContext http, TermQueries terms, ProjectLifecycle lifecycle) =>
            TypedResults.Ok(await lifecycle.CreateCandidateListAsync(await terms.GetAsync(termId, Caller.From(http.User)), request.Checked())));
        secretariat.MapPost("/projects/adoption", async (int termId, AdoptProjectsRequest request, HttpContext http, TermQueries terms, ProjectLifecycle lifecycle, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await lifecycle.AdoptAsync(await terms.GetAsync(termId, caller), request);
            return TypedResults.Ok(await projects.ListAsync(termId, caller, null));
        });
        secretariat.MapPut("/projects/{projectId:int}/plan", async (int termId, int projectId, ProjectPlanRequest request, HttpContext http, TermQueries terms, ProjectTracking tracking, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await terms.GetAsync(termId, caller);
            await tracking.PlanAsync(termId, projectId, request.Checked());
            return TypedResults.Ok(await projects.HistoryAsync(termId, projectId, caller));
        });
        secretariat.MapPost("/projects/appraisal", async (int termId, ProjectAppraisalRequest request, HttpContext http, TermQueries terms, ProjectLifecycle lifecycle) =>
            TypedResults.Ok(await lifecycle.CreateAppraisalAsync(await terms.GetAsync(termId, Caller.From(http.User)), request.Checked())));
        secretariat.MapPost("/projects/grades", async (int termId, WriteBackGradesRequest request, HttpContext http, TermQueries terms, ProjectLifecycle lifecycle, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await lifecycle.WriteBackGradesAsync(await terms.GetAsync(termId, caller), request);
            return TypedResults.Ok(await projects.ListAsync(termId, caller, null));
        });

        term.MapGet("/projects", async (int termId, int? year, HttpContext http, TermQueries terms, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await terms.GetAsync(termId, caller);
            return TypedResults.Ok(await projects.ListAsync(termId, caller, year));
        });
        term.MapGet("/projects/{projectId:int}", async (int termId, int projectId, HttpContext http, TermQueries terms, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await terms.GetAsync(termId, caller);
            return TypedResults.Ok(await projects.HistoryAsync(termId, projectId, caller));
        });
        term.MapGet("/projects/figures", async (int termId, int year, DateOnly? asOf, HttpContext http, TermQueries terms, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await terms.GetAsync(termId, caller);
            return TypedResults.Ok(await projects.DashboardAsync(termId, caller, year, asOf));
        }).RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        term.MapPost("/projects/{projectId:int}/reports", async (int termId, int projectId, ProgressReportRequest request, HttpContext http, TermQueries terms, ProjectTracking tracking, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await terms.GetAsync(termId, caller);
            await tracking.ReportAsync(termId, projectId, caller, request.Checked());
            return TypedResults.Ok(await projects.HistoryAsync(termId, projectId, caller));
        }).RequireRole(Role.Department);
        term.MapPost("/projects/{projectId:int}/inspections", async (int termId, int projectId, InspectionRequest request, HttpContext http, TermQueries terms, ProjectTracking tracking, ProjectQueries projects) =>
        {
            var caller = Caller.From(http.User);
            await terms.GetAsync(termId, caller);
            await tracking.InspectAsync(termId, projectId, caller, request.Checked());
            return TypedResults.Ok(await projects.HistoryAsync(termId, projectId, caller));
        }).RequireAnyRole(Role.Secretariat, Role.TermDeputy);

        app.MapGet("/api/public/terms", async (VenueDbContext db) => TypedResults.Ok(
            (await db.Terms.AsNoTracking().OrderByDescending(t => t.Id).ToListAsync()).Select(t => new PublicTermView(t.Id, t.Name, t.CollectingYear)).ToList()));
        var open = app.MapGroup("/api/public/terms/{termId:int}");
        open.MapPost("/proposals", ReceivePublic);
        open.MapGet("/projects", async (int termId, int? year, TermQueries terms, ProjectQueries projects) =>
        {
            await terms.GetPublicAsync(termId);
            return TypedResults.Ok(await projects.PublicAsync(termId, year));
        });
        return app;
    }

    private static async Task<Created<ProposalView>> EnterProposal(
        int termId, SubmitProposalRequest request, HttpContext http, TermQueries terms, ProposalDesk desk, ProjectQueries projects)
    {
        var term = await terms.GetAsync(termId, Caller.From(http.User));
        var year = request.Checked().Year ?? term.CollectingYear ?? throw VenueErrors.Invalid("请写明项目所属年度（year），例如2027。");
        var id = await desk.EnterAsync(term, year, request);
        return TypedResults.Created($"/api/terms/{termId}/proposals/{id}", (await projects.ProposalsAsync(termId, year)).Single(p => p.Id == id));
    }

    /// <summary>The body is the file itself, CSV or XLSX, as for a roster; the year is the query's, or the one being gathered.</summary>
    private static async Task<Ok<ProposalsImported>> ImportProposals(int termId, int? year, HttpRequest request, TermQueries terms, ProposalDesk desk)
    {
        var term = await terms.GetAsync(termId, Caller.From(request.HttpContext.User));
        var forYear = year ?? term.CollectingYear ?? throw VenueErrors.Invalid("请写明项目所属年度（year），例如2027。");
        var file = await TableFile.ReceiveAsync(request, "项目建议清单", VenueErrors.ProposalsInvalid);
        return TypedResults.Ok(new ProposalsImported(await desk.ImportAsync(term, forYear, file)));
    }

    /// <summary>The public form: counted per address before anything is read, so a flood costs the server next to nothing.</summary>
    private static async Task<Ok<ProposalReceived>> ReceivePublic(
        int termId, SubmitProposalRequest request, HttpContext http, PublicSubmissions limits, TermQueries terms, ProposalDesk desk)
    {
        if (!limits.TryTake(http.Connection.RemoteIpAddress)) throw VenueErrors.TooManyRequests();
        var term = await terms.GetPublicAsync(termId);
        return TypedResults.Ok(await desk.ReceivePublicAsync(term, request.Checked() with { Source = null, Year = null }));
    }
}
