using Microsoft.AspNetCore.Http.HttpResults;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Suggestions;

/// <summary>Deputies' suggestions between sittings (代表建议): submitted, assigned, answered, rated, and their figures.</summary>
public static class SuggestionsApi
{
    public static IEndpointRouteBuilder MapSuggestions(this IEndpointRouteBuilder app)
    {
        var term = app.MapGroup("/api/terms/{termId:int}/suggestions").RequireAuthorization(CredentialAuthenticationExtensions.TermPolicy);
        term.MapGet("/", async (int termId, HttpContext http, TermQueries terms, SuggestionQueries suggestions) =>
        {
            var caller = await CallerOf(http, terms, termId);
            return TypedResults.Ok(await suggestions.ListAsync(termId, caller));
        });
        term.MapGet("/{suggestionId:int}", async (int termId, int suggestionId, HttpContext http, TermQueries terms, SuggestionQueries suggestions) =>
        {
            var caller = await CallerOf(http, terms, termId);
            return TypedResults.Ok(await suggestions.GetAsync(termId, suggestionId, caller));
        });
        term.MapPost("/", Submit).RequireAnyRole(Role.Secretariat, Role.TermDeputy);
        term.MapPut("/", Import).RequireRole(Role.Secretariat)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Limits.RosterFileBytes));
        term.MapPost("/{suggestionId:int}/assignment", Assign).RequireRole(Role.Secretariat);
        term.MapPost("/{suggestionId:int}/answer", Answer).RequireRole(Role.Department);
        term.MapPost("/{suggestionId:int}/rating", Rate).RequireRole(Role.TermDeputy);
        term.MapGet("/figures", async (int termId, DateOnly? asOf, HttpContext http, TermQueries terms, SuggestionQueries suggestions) =>
        {
            var caller = await CallerOf(http, terms, termId);
            return TypedResults.Ok(await suggestions.DashboardAsync(termId, caller, asOf));
        }).RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        term.MapGet("/reminders", async (int termId, HttpContext http, TermQueries terms, SuggestionQueries suggestions) =>
        {
            var caller = Caller.From(http.User);
            var found = await terms.GetAsync(termId, caller);
            return TypedResults.Ok(await suggestions.RemindersAsync(termId, caller, found.ReminderDays));
        }).RequireAnyRole(Role.Secretariat, Role.Department);
        return app;
    }

    private static async Task<Caller> CallerOf(HttpContext http, TermQueries terms, int termId)
    {
        var caller = Caller.From(http.User);
        await terms.GetAsync(termId, caller);
        return caller;
    }

    private static async Task<Created<SuggestionView>> Submit(
        int termId, SubmitSuggestionRequest request, HttpContext http, TermQueries terms, SuggestionDesk desk, SuggestionQueries suggestions)
    {
        request.Checked();
        var caller = await CallerOf(http, terms, termId);
        var id = await desk.SubmitAsync(termId, caller, request);
        return TypedResults.Created($"/api/terms/{termId}/suggestions/{id}", await suggestions.GetAsync(termId, id, caller));
    }

    /// <summary>The body is the file itself, CSV or XLSX, as for a roster.</summary>
    private static async Task<Ok<SuggestionsImported>> Import(int termId, HttpRequest request, TermQueries terms, SuggestionImport import)
    {
        var term = await terms.GetAsync(termId, Caller.From(request.HttpContext.User));
        return TypedResults.Ok(await import.ImportAsync(term, await TableFile.ReceiveAsync(request, "建议清单", VenueErrors.SuggestionsInvalid)));
    }

    private static async Task<Ok<SuggestionView>> Assign(
        int termId, int suggestionId, AssignSuggestionRequest request, HttpContext http, TermQueries terms, SuggestionDesk desk, SuggestionQueries suggestions)
    {
        request.Checked();
        var caller = Caller.From(http.User);
        await desk.AssignAsync(termId, suggestionId, request, await terms.GetAsync(termId, caller));
        return TypedResults.Ok(await suggestions.GetAsync(termId, suggestionId, caller));
    }

    private static async Task<Ok<SuggestionView>> Answer(
        int termId, int suggestionId, AnswerSuggestionRequest request, HttpContext http, TermQueries terms, SuggestionDesk desk, SuggestionQueries suggestions)
    {
        request.Checked();
        var caller = await CallerOf(http, terms, termId);
        await desk.AnswerAsync(termId, suggestionId, caller, request);
        return TypedResults.Ok(await suggestions.GetAsync(termId, suggestionId, caller));
    }

    private static async Task<Ok<SuggestionView>> Rate(
        int termId, int suggestionId, RateSuggestionRequest request, HttpContext http, TermQueries terms, SuggestionDesk desk, SuggestionQueries suggestions)
    {
        request.Checked();
        var caller = Caller.From(http.User);
        await desk.RateAsync(termId, suggestionId, caller, request, await terms.GetAsync(termId, caller));
        return TypedResults.Ok(await suggestions.GetAsync(termId, suggestionId, caller));
    }
}
