using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Duties;

/// <summary>The secretariat asks for the presidium's confirmation; the presidium confirms or declines; staff see the list.</summary>
public static class DutiesApi
{
    public static IEndpointRouteBuilder MapDuties(this IEndpointRouteBuilder app)
    {
        var sitting = app.MapGroup("/api/sittings/{sittingId:int}/confirmations");
        sitting.MapPost("/", async (int sittingId, ConfirmationRequest request, SittingQueries sittings, Confirmations confirmations) =>
        {
            await sittings.GetAsync(sittingId);
            return TypedResults.Ok(await confirmations.RequestAsync(sittingId, request.Checked()));
        }).RequireRole(Role.Secretariat);
        sitting.MapGet("/", async (int sittingId, SittingQueries sittings, Confirmations confirmations) =>
        {
            await sittings.GetAsync(sittingId);
            return TypedResults.Ok(await confirmations.ListAsync(sittingId));
        }).RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);

        var one = app.MapGroup("/api/confirmations/{confirmationId:int}").RequireRole(Role.Presidium);
        one.MapPost("/confirm", async (int confirmationId, ConfirmationDecision? decision, Confirmations confirmations) =>
            TypedResults.Ok(await confirmations.DecideAsync(confirmationId, true, decision.Checked())));
        one.MapPost("/decline", async (int confirmationId, ConfirmationDecision? decision, Confirmations confirmations) =>
            TypedResults.Ok(await confirmations.DecideAsync(confirmationId, false, decision.Checked())));
        return app;
    }
}
