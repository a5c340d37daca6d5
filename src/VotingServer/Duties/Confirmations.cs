using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Roster;

namespace PeoplesCongress.VotingServer.Duties;

/// <summary>
/// Acts that need two roles (docs/security.md): the secretariat asks, the presidium confirms or declines, and then the
/// secretariat does the act once. Each step is one write that checks and records together, names its actor in the
/// audit record, and the confirmed acts appear on the count records and notices they bear on.
/// </summary>
public sealed class Confirmations(
    VenueDbContext db, GroupCommitWriter writer, CurrentActor actor, TimeProvider clock, IHubContext<VenueHub, IVenueClient> hub)
{
    public async Task<ConfirmationView> RequestAsync(int sittingId, ConfirmationRequest request) =>
        await Announce(await RequestCoreAsync(sittingId, request));

    public async Task<ConfirmationView> DecideAsync(int confirmationId, bool confirm, ConfirmationDecision? decision) =>
        await Announce(await DecideCoreAsync(confirmationId, confirm, decision));

    /// <summary>The staff pages of the sitting reread the list; the push itself carries nothing.</summary>
    private async Task<ConfirmationView> Announce(ConfirmationView view)
    {
        await hub.Clients.Group(VenueGroups.Staff(view.SittingId)).ConfirmationsChanged(view.SittingId);
        return view;
    }

    private Task<ConfirmationView> RequestCoreAsync(int sittingId, ConfirmationRequest request)
    {
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > 500) throw VenueErrors.Invalid("请说明理由（不超过500字），它将记入计票记录和公告。");
        var who = actor.Value;
        var now = clock.GetUtcNow();
        return writer.WriteAsync(tx =>
        {
            var confirmation = new Confirmation
            {
                SittingId = sittingId, Act = request.Act, Reason = reason, Subject = "",
                RequestedByCredentialId = who.CredentialId ?? 0, RequestedByName = who.Name, RequestedAt = now,
            };
            Describe(tx, confirmation, request);
            if (Of(tx, sittingId, request.Act, confirmation.BallotId, confirmation.DeputyId, confirmation.CountingStaffId)
                    .Any(c => c.DoneAt == null && c.Confirmed != false))
                throw VenueErrors.AlreadyRequested($"{Words(request.Act)}（{confirmation.Subject}）");
            tx.Db.Confirmations.Add(confirmation);
            tx.Save();
            AuditTrail.Record(tx, who, now, AuditAction.ConfirmationRequested,
                $"申请主席团确认{Words(request.Act)}：{confirmation.Subject}。理由：{reason}", sittingId, confirmation.BallotId);
            return confirmation.ToView();
        });
    }

    /// <summary>The presidium's decision, once: confirmed or declined, with an optional note.</summary>
    private Task<ConfirmationView> DecideCoreAsync(int confirmationId, bool confirm, ConfirmationDecision? decision)
    {
        var note = decision?.Note?.Trim() is { Length: > 0 } n ? n : null;
        var who = actor.Value;
        var now = clock.GetUtcNow();
        return writer.WriteAsync(tx =>
        {
            var confirmation = tx.Db.Confirmations.SingleOrDefault(c => c.Id == confirmationId)
                ?? throw VenueErrors.NotFound($"编号为{confirmationId}的确认申请");
            if (confirmation.Confirmed is not null) throw VenueErrors.AlreadyDecided();
            (confirmation.Confirmed, confirmation.DecidedAt, confirmation.DecidedByName, confirmation.DecidedByCredentialId, confirmation.Note) =
                (confirm, now, who.Name, who.CredentialId, note);
            tx.Save();
            AuditTrail.Record(tx, who, now, confirm ? AuditAction.ConfirmationConfirmed : AuditAction.ConfirmationDeclined,
                $"主席团{(confirm ? "确认" : "不同意")}{Words(confirmation.Act)}：{confirmation.Subject}" + (note is null ? "" : $"。说明：{note}"),
                confirmation.SittingId, confirmation.BallotId);
            return confirmation.ToView();
        });
    }

    public async Task<List<ConfirmationView>> ListAsync(int sittingId) =>
        (await db.Confirmations.AsNoTracking().Where(c => c.SittingId == sittingId).OrderBy(c => c.Id).ToListAsync())
        .Select(c => c.ToView()).ToList();

    /// <summary>
    /// Inside the write that does the act: marks the presidium's confirmation of it done, or refuses the act when there
    /// is none. Returns the confirmation, for the act's own audit entry.
    /// </summary>
    public static Confirmation Use(
        WriteTransaction tx, DateTimeOffset now, ConfirmationAct act, int sittingId, int? ballotId = null, int? deputyId = null, int? staffId = null)
    {
        var confirmation = Of(tx, sittingId, act, ballotId, deputyId, staffId).FirstOrDefault(c => c.Confirmed == true && c.DoneAt == null)
            ?? throw VenueErrors.ConfirmationRequired(Words(act));
        confirmation.DoneAt = now;
        tx.Save();
        return confirmation;
    }

    /// <summary>The requests for one act on one subject (a ballot, a deputy or a counting staff member).</summary>
    private static IQueryable<Confirmation> Of(
        WriteTransaction tx, int sittingId, ConfirmationAct act, int? ballotId, int? deputyId, int? staffId) =>
        tx.Db.Confirmations.Where(c => c.SittingId == sittingId && c.Act == act && c.BallotId == ballotId
            && c.DeputyId == deputyId && c.CountingStaffId == staffId);

    /// <summary>Whether a deputy holds, or would be issued, a ballot of the sitting that is open and that they have not returned.</summary>
    public static bool HasUnreturnedOpenBallot(WriteTransaction tx, int deputyId, int sittingId) => tx.Connection.Scalar<bool>(
        """
        SELECT EXISTS (SELECT 1 FROM "Ballots" b WHERE b."SittingId" = @sitting AND b."State" = @open AND NOT EXISTS
            (SELECT 1 FROM "Issuances" i WHERE i."BallotId" = b."Id" AND i."DeputyId" = @deputy AND i."CastId" IS NOT NULL))
        """,
        ("@sitting", sittingId), ("@open", BallotState.Open.Wire()), ("@deputy", deputyId));

    /// <summary>The act in words, as the refusals, the record and the notice say it.</summary>
    public static string Words(ConfirmationAct act) => act switch
    {
        ConfirmationAct.HandCount => "以人工计票结果代替电子表决结果",
        ConfirmationAct.ScrutineerReissue => "补发监票人凭证",
        ConfirmationAct.DeputyReissue => "表决进行中补发代表凭证",
        _ => "表决进行中为代表补签到",
    };

    private static void Describe(WriteTransaction tx, Confirmation confirmation, ConfirmationRequest request)
    {
        switch (request.Act)
        {
            case ConfirmationAct.HandCount:
                var ballot = tx.Db.Ballots.AsNoTracking().SingleOrDefault(b => b.Id == request.BallotId && b.SittingId == confirmation.SittingId)
                    ?? throw VenueErrors.NotFound($"本次会议编号为{request.BallotId}的表决");
                (confirmation.BallotId, confirmation.Subject) = (ballot.Id, $"“{ballot.Title}”");
                break;
            case ConfirmationAct.ScrutineerReissue:
                var staff = tx.Db.CountingStaff.AsNoTracking().SingleOrDefault(s => s.Id == request.StaffId && s.SittingId == confirmation.SittingId)
                    ?? throw VenueErrors.NotFound($"编号为{request.StaffId}的计票工作人员");
                if (!staff.Role.Signs()) throw VenueErrors.Invalid("计票人没有凭证。");
                (confirmation.CountingStaffId, confirmation.Subject) = (staff.Id, $"{staff.Role.Title()}{staff.Name}");
                break;
            default:
                var deputy = tx.Db.Deputies.AsNoTracking().SingleByNumber(confirmation.SittingId, request.DeputyNumber ?? "");
                (confirmation.DeputyId, confirmation.Subject) = (deputy.Id, $"代表{deputy.Number} {deputy.Name}");
                break;
        }
    }
}

public static class ConfirmationMapping
{
    public static ConfirmationView ToView(this Confirmation c) => new(
        c.Id, c.SittingId, c.Act, c.Subject, c.BallotId, c.Reason,
        c.DoneAt is not null ? ConfirmationState.Done
            : c.Confirmed switch { true => ConfirmationState.Confirmed, false => ConfirmationState.Declined, null => ConfirmationState.Pending },
        new ActorView(c.RequestedByCredentialId, Role.Secretariat, c.RequestedByName), c.RequestedAt,
        c.DecidedByName is null ? null : new ActorView(c.DecidedByCredentialId, Role.Presidium, c.DecidedByName), c.DecidedAt, c.Note,
        c.DoneAt, $"{Confirmations.Words(c.Act)}：{c.Subject}", Sentence(c));

    /// <summary>The line a count record and a notice print for a confirmed act.</summary>
    private static string Sentence(Confirmation c) =>
        $"经主席团确认（{c.DecidedByName ?? "待确认"}），秘书处{Confirmations.Words(c.Act)}：{c.Subject}。理由：{c.Reason}" +
        (c.Note is null ? "" : $"；主席团说明：{c.Note}") + "。";
}
