using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Roster;

public static class RosterApi
{
    public static IEndpointRouteBuilder MapRoster(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sittings/{sittingId:int}")
            .RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        group.MapGet("/roster", List);
        group.MapPut("/roster", Import).RequireRole(Role.Secretariat)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Limits.RosterFileBytes));
        return app;
    }

    private static async Task<Ok<List<DeputyView>>> List(int sittingId, SittingQueries sittings, VenueDbContext db, CredentialDirectory directory)
    {
        await sittings.GetAsync(sittingId);
        var deputies = await db.Deputies.AsNoTracking().Where(d => d.SittingId == sittingId).OrderBy(d => d.Number).ToListAsync();
        return TypedResults.Ok(deputies.Select(d => d.ToView(directory.HasActiveCredential(d.Id))).ToList());
    }

    /// <summary>
    /// The request body is the file itself, CSV or XLSX (told apart by its first bytes); Kestrel refuses a body over
    /// the endpoint's limit with 413 while it is read, so the buffer never grows past it.
    /// </summary>
    private static async Task<Ok<RosterImported>> Import(int sittingId, HttpRequest request, SittingQueries sittings, RosterImporter roster)
    {
        await sittings.GetAsync(sittingId);
        return TypedResults.Ok(await roster.ImportAsync(sittingId, await TableFile.ReceiveAsync(request, "名册", VenueErrors.RosterInvalid)));
    }
}
