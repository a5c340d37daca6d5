using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots.Kinds;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// The secretariat's changes to ballots not yet opened (未开始): edit the definition with the checks of a new one,
/// remove it from the agenda, or swap it with the draft above or below. An opened or closed ballot is never touched.
/// Each change is one write with its audit entry, and the sitting's staff pages are told to reread the agenda.
/// </summary>
public sealed class DraftBallots(GroupCommitWriter writer, CurrentActor actor, TimeProvider clock, IHubContext<VenueHub, IVenueClient> hub)
{
    public async Task<BallotView> EditAsync(int ballotId, CreateBallotRequest request)
    {
        var who = actor.Value;
        var ballot = await writer.WriteAsync(tx =>
        {
            var stored = Draft(tx, ballotId, "修改");
            if (stored.PreviousBallotId is not null) throw VenueErrors.Invalid($"第{stored.Round}轮表决由主席团根据上一轮结果建立，不能修改。");
            var edited = BallotDefinition.ToEntity(stored.SittingId, request);
            tx.Db.RemoveRange(stored.Items);
            (stored.Kind, stored.Title, stored.Places, stored.PassRule, stored.Scale) = (edited.Kind, edited.Title, edited.Places, edited.PassRule, edited.Scale);
            (stored.GradeThresholdNumerator, stored.GradeThresholdDenominator, stored.GradeDenominator) =
                (edited.GradeThresholdNumerator, edited.GradeThresholdDenominator, edited.GradeDenominator);
            (stored.Purpose, stored.Secret, stored.Items) = (edited.Purpose, edited.Secret, edited.Items);
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.BallotEdited,
                $"修改议程第{stored.AgendaPosition}项“{stored.Title}”（{KindCatalog.Of(stored.Kind).Label}，{stored.Items.Count}项）",
                stored.SittingId, stored.Id);
            return BallotQueries.Get(tx.Db, stored.Id);
        });
        await Announce(ballot.SittingId);
        return ballot.ToView();
    }

    public async Task DeleteAsync(int ballotId)
    {
        var who = actor.Value;
        var sittingId = await writer.WriteAsync(tx =>
        {
            var stored = Draft(tx, ballotId, "删除");
            if (stored.PreviousBallotId is not null)
                throw VenueErrors.Invalid($"第{stored.Round}轮表决由主席团决定建立，不能删除。");
            if (tx.Db.Confirmations.Any(c => c.BallotId == ballotId))
                throw VenueErrors.Invalid("已有涉及该表决的主席团确认申请，不能删除。");
            var (position, title) = (stored.AgendaPosition, stored.Title);
            tx.Db.RemoveRange(stored.Items);
            tx.Db.Ballots.Remove(stored);
            tx.Save();
            // The ballots after it move up one place, so that the agenda is numbered without a gap.
            Renumber(tx, tx.Db.Ballots.Where(b => b.SittingId == stored.SittingId && b.AgendaPosition > position)
                .OrderBy(b => b.AgendaPosition).ToList(), b => b.AgendaPosition - 1);
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.BallotDeleted,
                $"将议程第{position}项“{title}”从议程中删除", stored.SittingId, ballotId);
            return stored.SittingId;
        });
        await Announce(sittingId);
    }

    /// <summary>Swaps a draft with the ballot just above (<paramref name="step"/> −1) or below (+1), itself a draft.</summary>
    public async Task<BallotView> MoveAsync(int ballotId, int step)
    {
        var who = actor.Value;
        var ballot = await writer.WriteAsync(tx =>
        {
            var stored = Draft(tx, ballotId, "调整顺序");
            var neighbours = tx.Db.Ballots.Where(b => b.SittingId == stored.SittingId);
            var other = (step < 0
                    ? neighbours.Where(b => b.AgendaPosition < stored.AgendaPosition).OrderByDescending(b => b.AgendaPosition)
                    : neighbours.Where(b => b.AgendaPosition > stored.AgendaPosition).OrderBy(b => b.AgendaPosition))
                .FirstOrDefault()
                ?? throw VenueErrors.Invalid(step < 0 ? "该表决已在议程第一项，不能再上移。" : "该表决已在议程最后一项，不能再下移。");
            if (other.State != BallotState.Draft)
                throw VenueErrors.BallotNotEditable($"只能与尚未开始的表决调换顺序，议程第{other.AgendaPosition}项“{other.Title}”已经开始过。");
            var (from, to) = (stored.AgendaPosition, other.AgendaPosition);
            Renumber(tx, [stored, other], b => b == stored ? to : from);
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.BallotMoved,
                $"将“{stored.Title}”从议程第{from}项{(step < 0 ? "上移" : "下移")}至第{to}项", stored.SittingId, stored.Id);
            return BallotQueries.Get(tx.Db, stored.Id);
        });
        await Announce(ballot.SittingId);
        return ballot.ToView();
    }

    /// <summary>A draft of the agenda, tracked for the change, or the coded refusal naming what cannot be done.</summary>
    private static Ballot Draft(WriteTransaction tx, int ballotId, string change)
    {
        var ballot = tx.Db.Ballots.Include(b => b.Items).SingleOrDefault(b => b.Id == ballotId)
            ?? throw VenueErrors.NotFound($"编号为{ballotId}的表决");
        if (ballot.State != BallotState.Draft)
            throw VenueErrors.BallotNotEditable($"“{ballot.Title}”已经开始过，只有尚未开始的表决可以{change}。");
        return ballot;
    }

    /// <summary>
    /// New agenda positions, written in two steps through positions no ballot has, since the database keeps
    /// positions unique per sitting at every statement.
    /// </summary>
    private static void Renumber(WriteTransaction tx, IReadOnlyList<Ballot> ballots, Func<Ballot, int> position)
    {
        if (ballots.Count == 0) return;
        var targets = ballots.ToDictionary(b => b, position);
        foreach (var b in ballots) b.AgendaPosition = -b.AgendaPosition;
        tx.Save();
        foreach (var b in ballots) b.AgendaPosition = targets[b];
        tx.Save();
    }

    /// <summary>The staff pages of the sitting reread the agenda; the push itself carries nothing.</summary>
    private Task Announce(int sittingId) => hub.Clients.Group(VenueGroups.Staff(sittingId)).AgendaChanged(sittingId);
}
