using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Terms;

namespace PeoplesCongress.VotingServer.Sittings;

/// <summary>
/// The sitting's term (届) and 允许代表以个人代表证签到, both set by the secretariat and audited. The roster's rows are
/// matched to the term's deputies by 代表证号 when the term is set and at every roster import. Turning personal
/// credentials on, and changing the term, are refused once the sitting's first ballot has opened: the devices that may
/// cast for a deputy are fixed before any vote. Turning them off is allowed at any time and ends their hall
/// connections at once (docs/security.md).
/// </summary>
public sealed class SittingHallAccess(GroupCommitWriter writer, CurrentActor actor, TimeProvider clock)
{
    public async Task<SittingTermLinked> LinkTermAsync(int sittingId, int? termId)
    {
        var who = actor.Value;
        return await writer.WriteAsync(tx =>
        {
            var sitting = tx.Db.Sittings.Single(s => s.Id == sittingId);
            var term = termId is { } id
                ? tx.Db.Terms.SingleOrDefault(t => t.Id == id) ?? throw TermQueries.NotFound(id)
                : null;
            if (sitting.TermId != termId && AnyBallotOpened(tx, sittingId)) throw VenueErrors.SittingSettingsLocked("更改会议所属的届");
            sitting.TermId = termId;
            // Without a term no deputy is matched, and a personal credential has nothing to stand for.
            if (termId is null) sitting.AcceptPersonalCredentials = false;
            tx.Save();
            var (matched, unmatched) = MatchRoster(tx, sittingId, termId);
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.SittingTermLinked,
                term is null
                    ? "取消会议所属的届（不再允许以个人代表证签到）"
                    : $"设定会议所属的届为“{term.Name}”，名册中{matched}名代表与届代表名册对应，{unmatched.Count}名未对应", sittingId);
            return new SittingTermLinked(sitting.ToView(), matched, unmatched);
        });
    }

    public async Task<SittingView> SetPersonalCredentialsAsync(int sittingId, bool accept)
    {
        var who = actor.Value;
        return await writer.WriteAsync(tx =>
        {
            var sitting = tx.Db.Sittings.Single(s => s.Id == sittingId);
            if (sitting.AcceptPersonalCredentials == accept) return sitting.ToView();
            if (accept)
            {
                if (sitting.TermId is null)
                    throw VenueErrors.Invalid("请先为本次会议选择所属的届（名册按代表证号与届代表名册对应），再允许代表以个人代表证签到。");
                if (AnyBallotOpened(tx, sittingId)) throw VenueErrors.SittingSettingsLocked("允许代表以个人代表证签到");
            }
            sitting.AcceptPersonalCredentials = accept;
            tx.Save();
            AuditTrail.Record(tx, who, clock.GetUtcNow(), AuditAction.PersonalCredentialsSettingChanged,
                accept ? "允许代表以个人代表证签到" : "不再允许代表以个人代表证签到（以个人代表证连接的平板即时断开）", sittingId);
            return sitting.ToView();
        });
    }

    /// <summary>
    /// Links each roster row to the term deputy of the same 代表证号 (none without a term), and says which rows
    /// found none, in Chinese, for the secretariat to correct.
    /// </summary>
    public static (int Matched, List<string> Unmatched) MatchRoster(WriteTransaction tx, int sittingId, int? termId)
    {
        var register = termId is { } id
            ? tx.Db.TermDeputies.Where(d => d.TermId == id).ToDictionary(d => d.Number, d => d.Id, StringComparer.OrdinalIgnoreCase)
            : [];
        var unmatched = new List<string>();
        var matched = 0;
        foreach (var deputy in tx.Db.Deputies.Where(d => d.SittingId == sittingId).OrderBy(d => d.Number).ToList())
        {
            int? termDeputyId = register.TryGetValue(deputy.Number, out var found) ? found : null;
            if (deputy.TermDeputyId != termDeputyId) deputy.TermDeputyId = termDeputyId;
            if (termDeputyId is not null) matched++;
            else if (termId is not null) unmatched.Add($"代表证号{deputy.Number}（{deputy.Name}）不在本届代表名册中，该代表不能以个人代表证签到。");
        }
        tx.Save();
        return (matched, unmatched);
    }

    private static bool AnyBallotOpened(WriteTransaction tx, int sittingId) =>
        tx.Db.Ballots.Any(b => b.SittingId == sittingId && b.State != BallotState.Draft);
}
