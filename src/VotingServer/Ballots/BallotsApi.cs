using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Sealing;
using PeoplesCongress.VotingServer.Sittings;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Ballots;

public static class BallotsApi
{
    public static IEndpointRouteBuilder MapBallots(this IEndpointRouteBuilder app)
    {
        var sitting = app.MapGroup("/api/sittings/{sittingId:int}/ballots").RequireAuthorization();
        sitting.MapGet("/", List);
        sitting.MapPost("/", Create).RequireRole(Role.Secretariat);
        sitting.MapGet("/progress", Progress);

        var ballot = app.MapGroup("/api/ballots/{ballotId:int}").RequireAuthorization();
        ballot.MapGet("/", async (int ballotId, HttpContext http, BallotQueries ballots) =>
            TypedResults.Ok(RequireVisible(http, await ballots.GetAsync(ballotId)).ToView()));
        ballot.MapGet("/result", Result);
        ballot.MapPut("/", async (int ballotId, CreateBallotRequest request, DraftBallots drafts) =>
            TypedResults.Ok(await drafts.EditAsync(ballotId, request.Checked())))
            .RequireRole(Role.Secretariat);
        ballot.MapDelete("/", async (int ballotId, DraftBallots drafts) =>
        {
            await drafts.DeleteAsync(ballotId);
            return TypedResults.NoContent();
        }).RequireRole(Role.Secretariat);
        ballot.MapPost("/move-up", async (int ballotId, DraftBallots drafts) => TypedResults.Ok(await drafts.MoveAsync(ballotId, -1)))
            .RequireRole(Role.Secretariat);
        ballot.MapPost("/move-down", async (int ballotId, DraftBallots drafts) => TypedResults.Ok(await drafts.MoveAsync(ballotId, +1)))
            .RequireRole(Role.Secretariat);
        ballot.MapPost("/open", async (int ballotId, BallotLifecycle lifecycle) => TypedResults.Ok(await lifecycle.OpenAsync(ballotId)))
            .RequireRole(Role.Presidium);
        ballot.MapPost("/close", async (int ballotId, BallotLifecycle lifecycle) => TypedResults.Ok(await lifecycle.CloseAsync(ballotId)))
            .RequireRole(Role.Presidium);
        ballot.MapPost("/unseal", async (int ballotId, HttpContext http, BoxUnsealing unsealing) =>
            TypedResults.Ok(await unsealing.UnsealAsync(ballotId, Caller.From(http.User), PresentedCode.From(http))))
            .RequireRole(Role.Scrutineer);
        ballot.MapPost("/run-off", async (int ballotId, BallotFollowUps followUps) => TypedResults.Ok(await followUps.RunOffAsync(ballotId)))
            .RequireRole(Role.Presidium);
        ballot.MapPost("/repeat", async (int ballotId, BallotFollowUps followUps) => TypedResults.Ok(await followUps.RepeatAsync(ballotId)))
            .RequireRole(Role.Presidium);
        ballot.MapPost("/grade-decision", async (int ballotId, GradeDecisionRequest request, BallotFollowUps followUps) =>
            TypedResults.Ok(await followUps.DecideGradeAsync(ballotId, request.Checked())))
            .RequireRole(Role.Presidium);
        ballot.MapPost("/decision", async (int ballotId, ShortfallDecisionRequest request, BallotFollowUps followUps) =>
            TypedResults.Ok(await followUps.DecideShortfallAsync(ballotId, request.Checked())))
            .RequireRole(Role.Presidium);
        return app;
    }

    private static async Task<Ok<List<BallotView>>> List(int sittingId, HttpContext http, SittingQueries sittings, BallotQueries ballots)
    {
        RequireSitting(http, sittingId);
        await sittings.GetAsync(sittingId);
        return TypedResults.Ok(await ballots.ListAsync(sittingId));
    }

    /// <summary>What ProgressChanged would push now, for a page that has just (re)connected; staff and the big screen only.</summary>
    private static async Task<Ok<List<BallotProgress>>> Progress(int sittingId, HttpContext http, SittingQueries sittings, BallotQueries ballots)
    {
        if (!Caller.From(http.User).CanWatch(sittingId)) throw VenueErrors.Forbidden();
        await sittings.GetAsync(sittingId);
        return TypedResults.Ok(await ballots.ProgressAsync(sittingId));
    }

    private static async Task<Created<BallotView>> Create(
        int sittingId, CreateBallotRequest request, SittingQueries sittings, GroupCommitWriter writer, TimeProvider clock, HttpContext http,
        IHubContext<VenueHub, IVenueClient> hub)
    {
        await sittings.GetAsync(sittingId);
        var ballot = BallotDefinition.ToEntity(sittingId, request.Checked());
        var actor = Actor.From(http);
        await writer.WriteAsync(tx =>
        {
            Agenda.Append(tx, ballot);
            AuditTrail.Record(tx, actor, clock.GetUtcNow(), AuditAction.BallotCreated,
                $"将“{ballot.Title}”（{KindCatalog.Of(ballot.Kind).Label}）列入议程第{ballot.AgendaPosition}项", sittingId, ballot.Id);
            return ballot;
        });
        await hub.Clients.Group(VenueGroups.Staff(sittingId)).AgendaChanged(sittingId);
        return TypedResults.Created($"/api/ballots/{ballot.Id}", ballot.ToView());
    }

    private static async Task<Ok<BallotResultView>> Result(int ballotId, HttpContext http, BallotQueries ballots)
    {
        var ballot = RequireVisible(http, await ballots.GetAsync(ballotId));
        return TypedResults.Ok(ResultStore.Read(ballot) ?? throw VenueErrors.BallotNotClosed());
    }

    /// <summary>Staff see every sitting; a deputy sees only their own.</summary>
    private static void RequireSitting(HttpContext http, int sittingId)
    {
        var caller = Caller.From(http.User);
        if (!caller.IsStaff && caller.SittingId != sittingId) throw VenueErrors.Forbidden();
    }

    private static Ballot RequireVisible(HttpContext http, Ballot ballot)
    {
        RequireSitting(http, ballot.SittingId);
        return ballot;
    }
}
