using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Certification;

public static class CertificationApi
{
    public static IEndpointRouteBuilder MapCertification(this IEndpointRouteBuilder app)
    {
        var sitting = app.MapGroup("/api/sittings/{sittingId:int}/counting-staff");
        sitting.MapGet("/", async (int sittingId, SittingQueries sittings, CountingStaffRegister staff) =>
        {
            await sittings.GetAsync(sittingId);
            return TypedResults.Ok(await staff.ListAsync(sittingId));
        }).RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        sitting.MapPost("/", async (int sittingId, AddCountingStaffRequest request, SittingQueries sittings, CountingStaffRegister staff) =>
        {
            await sittings.GetAsync(sittingId);
            return TypedResults.Ok(await staff.AddAsync(sittingId, request.Checked()));
        }).RequireRole(Role.Secretariat);
        sitting.MapPost("/{staffId:int}/credential", async (int sittingId, int staffId, CountingStaffRegister staff) =>
            TypedResults.Ok(await staff.ReissueAsync(sittingId, staffId))).RequireRole(Role.Secretariat);
        sitting.MapDelete("/{staffId:int}", async (int sittingId, int staffId, CountingStaffRegister staff) =>
        {
            await staff.WithdrawAsync(sittingId, staffId);
            return TypedResults.NoContent();
        }).RequireRole(Role.Secretariat);

        app.MapGet("/api/me/counting-staff", async (HttpContext http, CountingStaffRegister staff) =>
            TypedResults.Ok(await staff.AssignmentsAsync(Caller.From(http.User)))).RequireRole(Role.Scrutineer);

        // Public: auditors compare it with the fingerprint on the credential sheet and every notice.
        app.MapGet("/api/server-key", (ServerSigningKey key) => TypedResults.Ok(new ServerKeyView(key.PublicKey, key.Fingerprint)));

        var ballot = app.MapGroup("/api/ballots/{ballotId:int}");
        ballot.MapGet("/count-record", async (int ballotId, CountRecords records) => TypedResults.Ok(await records.GetAsync(ballotId)))
            .RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        ballot.MapPost("/signatures", async (int ballotId, HttpContext http, CountRecords records) =>
            TypedResults.Ok(await records.SignAsync(ballotId, Caller.From(http.User), PresentedCode.From(http))))
            .RequireRole(Role.Scrutineer);
        ballot.MapPost("/hand-count", async (int ballotId, HandCountRequest totals, BallotLifecycle lifecycle) =>
            TypedResults.Ok(await lifecycle.CloseWithHandCountAsync(ballotId, totals.Checked())))
            .RequireRole(Role.Secretariat);
        return app;
    }
}
