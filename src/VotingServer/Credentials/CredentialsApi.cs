using Microsoft.AspNetCore.Http.HttpResults;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Sittings;

namespace PeoplesCongress.VotingServer.Credentials;

public static class CredentialsApi
{
    public static IEndpointRouteBuilder MapCredentials(this IEndpointRouteBuilder app)
    {
        // A personal credential accepted in a sitting's hall says so: that sitting (its 代表证号 stays the term's).
        app.MapGet("/api/me", (HttpContext http, CredentialDirectory directory) =>
        {
            var caller = Caller.From(http.User);
            return TypedResults.Ok(directory.SeatOf(caller) is { Personal: true } seat
                ? caller.ToView() with { SittingId = seat.SittingId }
                : caller.ToView());
        }).RequireAuthorization();

        var staff = app.MapGroup("/api/staff-credentials").RequireRole(Role.Secretariat);
        staff.MapPost("/", async (CreateStaffCredentialRequest request, CredentialIssuer issuer) =>
            TypedResults.Ok(await issuer.IssueStaffAsync(request.Checked().Role, request.Name)));
        staff.MapGet("/", async (CredentialIssuer issuer) => TypedResults.Ok(await issuer.ListStaffAsync()));
        staff.MapDelete("/{credentialId:int}", async (int credentialId, CredentialIssuer issuer) =>
        {
            await issuer.RevokeStaffAsync(credentialId);
            return TypedResults.NoContent();
        });

        var deputies = app.MapGroup("/api/sittings/{sittingId:int}").RequireRole(Role.Secretariat);
        deputies.MapPost("/credentials/sheet", IssueSheet);
        deputies.MapPost("/viewer-links", async (int sittingId, SittingQueries sittings, CredentialIssuer issuer) =>
        {
            await sittings.GetAsync(sittingId);
            return TypedResults.Ok(await issuer.IssueViewerAsync(sittingId));
        });
        deputies.MapPost("/deputies/{number}/credential", ReissueOne);
        deputies.MapPost("/deputies/{number}/credential/qr", ReissueOneAsQr);
        deputies.MapDelete("/deputies/{number}/credential", async (int sittingId, string number, CredentialIssuer issuer) =>
        {
            await issuer.RevokeDeputyAsync(sittingId, number);
            return TypedResults.NoContent();
        });
        return app;
    }

    /// <summary>Issues fresh credentials (revoking the old) and returns them as the A4 sheet to print.</summary>
    private static async Task<ContentHttpResult> IssueSheet(
        int sittingId, IssueCredentialsRequest? request, SittingQueries sittings, CredentialIssuer issuer, ServerSigningKey serverKey)
    {
        var sitting = await sittings.GetAsync(sittingId);
        var issued = await issuer.IssueForDeputiesAsync(sittingId, request.Checked()?.DeputyNumbers);
        return TypedResults.Content(CredentialSheet.Render(sitting.Name, issued, serverKey.Fingerprint), "text/html; charset=utf-8");
    }

    private static async Task<Ok<IssuedCredential>> ReissueOne(
        int sittingId, string number, SittingQueries sittings, CredentialIssuer issuer)
    {
        await sittings.GetAsync(sittingId);
        var (deputy, code) = (await issuer.IssueForDeputiesAsync(sittingId, [number]))[0];
        return TypedResults.Ok(new IssuedCredential(Role.Deputy, deputy.Name, deputy.Number, CredentialCode.Display(code), CredentialSheet.QrDataUrl(code)));
    }

    /// <summary>Reissues and returns the QR code alone as PNG; the code is also in the X-Credential-Code header.</summary>
    private static async Task<FileContentHttpResult> ReissueOneAsQr(
        int sittingId, string number, SittingQueries sittings, CredentialIssuer issuer, HttpResponse response)
    {
        await sittings.GetAsync(sittingId);
        var (_, code) = (await issuer.IssueForDeputiesAsync(sittingId, [number]))[0];
        response.Headers["X-Credential-Code"] = CredentialCode.Display(code);
        response.Headers.CacheControl = "no-store";
        return TypedResults.File(CredentialSheet.QrPng(code), "image/png");
    }
}
