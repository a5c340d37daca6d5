using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Roster;

namespace PeoplesCongress.VotingServer.Attendance;

/// <summary>
/// What the secretariat records by hand: leave (请假), a sign-in when a deputy's tablet failed, and taking back a
/// sign-in made by mistake (取消签到).
/// </summary>
public static class AttendanceApi
{
    public static IEndpointRouteBuilder MapAttendance(this IEndpointRouteBuilder app)
    {
        var deputy = app.MapGroup("/api/sittings/{sittingId:int}/deputies/{number}").RequireRole(Role.Secretariat);
        deputy.MapPut("/leave", SetLeave);
        deputy.MapPost("/sign-in", SignIn);
        deputy.MapDelete("/sign-in", UndoSignIn);
        return app;
    }

    private static async Task<Ok<DeputyView>> SetLeave(
        int sittingId, string number, SetLeaveRequest request, VenueDbContext db, SignInRegister register, CredentialDirectory directory, HttpContext http)
    {
        var deputy = await FindAsync(db, sittingId, number);
        await register.SetLeaveAsync(deputy.Id, sittingId, request.OnLeave, $"代表{deputy.Number} {deputy.Name}", Actor.From(http));
        return TypedResults.Ok((await FindAsync(db, sittingId, number)).ToView(directory.HasActiveCredential(deputy.Id)));
    }

    private static async Task<Ok<DeputyView>> SignIn(
        int sittingId, string number, VenueDbContext db, SignInRegister register, CredentialDirectory directory, HttpContext http)
    {
        var deputy = await FindAsync(db, sittingId, number);
        await register.SignInByHandAsync(deputy.Id, sittingId, $"代表{deputy.Number} {deputy.Name}", Actor.From(http));
        return TypedResults.Ok((await FindAsync(db, sittingId, number)).ToView(directory.HasActiveCredential(deputy.Id)));
    }

    /// <summary>取消签到: the deputy is 未签到 again; refused once the sign-in counts in an open ballot or a count.</summary>
    private static async Task<Ok<DeputyView>> UndoSignIn(
        int sittingId, string number, VenueDbContext db, SignInRegister register, CredentialDirectory directory, HttpContext http)
    {
        var deputy = await FindAsync(db, sittingId, number);
        await register.UndoSignInAsync(deputy.Id, sittingId, $"代表{deputy.Number} {deputy.Name}", Actor.From(http));
        return TypedResults.Ok((await FindAsync(db, sittingId, number)).ToView(directory.HasActiveCredential(deputy.Id)));
    }

    private static Task<Deputy> FindAsync(VenueDbContext db, int sittingId, string number) =>
        db.Deputies.AsNoTracking().SingleByNumberAsync(sittingId, number);
}
