using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Sittings;

public static class SittingsApi
{
    public static RouteGroupBuilder MapSittings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sittings").RequireAuthorization(CredentialAuthenticationExtensions.StaffPolicy);
        group.MapGet("/", async (VenueDbContext db) =>
            TypedResults.Ok((await db.Sittings.AsNoTracking().OrderBy(s => s.Id).ToListAsync()).Select(s => s.ToView()).ToList()));
        group.MapGet("/{sittingId:int}", async (int sittingId, SittingQueries sittings) =>
            TypedResults.Ok((await sittings.GetAsync(sittingId)).ToView()));
        group.MapGet("/{sittingId:int}/attendance", async (int sittingId, AttendanceQuery attendance) =>
            TypedResults.Ok(await attendance.GetAsync(sittingId)));
        group.MapPost("/", Create).RequireRole(Role.Secretariat);
        group.MapPut("/{sittingId:int}/term", async (int sittingId, LinkSittingTermRequest request, SittingQueries sittings, SittingHallAccess access) =>
        {
            await sittings.GetAsync(sittingId);
            return TypedResults.Ok(await access.LinkTermAsync(sittingId, request.Checked().TermId));
        }).RequireRole(Role.Secretariat);
        group.MapPut("/{sittingId:int}/personal-credentials",
            async (int sittingId, SetPersonalCredentialsRequest request, SittingQueries sittings, SittingHallAccess access) =>
            {
                await sittings.GetAsync(sittingId);
                return TypedResults.Ok(await access.SetPersonalCredentialsAsync(sittingId, request.Checked().Accept));
            }).RequireRole(Role.Secretariat);
        return group;
    }

    private static async Task<Created<SittingView>> Create(CreateSittingRequest request, GroupCommitWriter writer, TimeProvider clock, HttpContext http)
    {
        var name = request.Checked().Name?.Trim() ?? "";
        if (name.Length == 0) throw VenueErrors.Invalid($"请填写会议名称（不超过{Limits.SittingName}字）。");
        var numerator = request.QuorumNumerator ?? 2;
        var denominator = request.QuorumDenominator ?? 3;
        if (denominator <= 0 || numerator <= 0 || numerator >= denominator)
            throw VenueErrors.Invalid("法定人数比例应为小于1的正分数，例如三分之二（2/3）。");
        var sitting = new Sitting
        {
            Name = name, QuorumNumerator = numerator, QuorumDenominator = denominator, CreatedAt = clock.GetUtcNow(),
        };
        await writer.WriteAsync(tx =>
        {
            tx.Db.Sittings.Add(sitting);
            tx.Save();
            AuditTrail.Record(tx, Actor.From(http), sitting.CreatedAt, AuditAction.SittingCreated,
                $"创建会议“{name}”，法定人数{numerator}/{denominator}", sitting.Id);
            return sitting;
        });
        return TypedResults.Created($"/api/sittings/{sitting.Id}", sitting.ToView());
    }
}
