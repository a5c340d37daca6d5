using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// 启封票箱: after a restart mid-ballot, a designated scrutineer presents their card on the scrutineer page; their
/// sealing key, derived from the code they presented, unwraps the ballot's box key, which goes back into memory so
/// the ballot can be closed and counted. Any one scrutineer whose card held a wrap suffices.
/// </summary>
public sealed partial class BoxUnsealing(
    VenueDbContext db, BallotQueries ballots, GroupCommitWriter writer, BoxKeys keys, LiveUpdates live, CurrentActor actor,
    TimeProvider clock, ILogger<BoxUnsealing> logger)
{
    public async Task<BallotProgress> UnsealAsync(int ballotId, Caller caller, string presentedCode)
    {
        var ballot = BallotQueries.Get(db, ballotId);
        if (ballot.State != BallotState.Open) throw VenueErrors.BallotNotOpen();
        var staff = await db.CountingStaff.AsNoTracking()
            .SingleOrDefaultAsync(s => s.SittingId == ballot.SittingId && s.CredentialId == caller.CredentialId)
            ?? throw VenueErrors.UnsealRefused();
        if (ballot.BoxPublicKey is not null && !keys.Holds(ballotId))
        {
            var key = Unwrap(ballot, caller.CredentialId, presentedCode)
                ?? throw VenueErrors.UnsealRefused();
            try
            {
                await writer.WriteAsync(tx =>
                {
                    if (tx.Db.Ballots.Single(b => b.Id == ballotId).State != BallotState.Open) throw VenueErrors.BallotNotOpen();
                    AuditTrail.Record(tx, actor.Value, clock.GetUtcNow(), AuditAction.BoxUnsealed,
                        $"{staff.Role.Title()}{staff.Name}出示凭证启封票箱“{ballot.Title}”", ballot.SittingId, ballotId);
                    return true;
                });
            }
            catch
            {
                key.Dispose();
                throw;
            }
            keys.Add(ballotId, key);
            LogUnsealed(ballotId, caller.CredentialId);
            live.ProgressChanged(ballot.SittingId);
        }
        return (await ballots.ProgressAsync(ballot.SittingId)).SingleOrDefault(p => p.BallotId == ballotId)
            ?? new BallotProgress(ballotId, 0, 0);
    }

    /// <summary>The box key from the caller's wrap, if they have one and it opens to the ballot's public key.</summary>
    private ECDiffieHellman? Unwrap(Ballot ballot, int credentialId, string presentedCode)
    {
        var wrap = db.BoxKeyWraps.AsNoTracking().SingleOrDefault(w => w.BallotId == ballot.Id && w.CredentialId == credentialId);
        if (wrap is null) return null;
        using var sealing = CredentialKeys.Sealing(presentedCode);
        ECDiffieHellman key;
        try
        {
            key = BoxKeyWrapping.Unwrap(sealing, wrap.EphemeralKey, wrap.Wrapped, ballot.Id, credentialId);
        }
        catch (CryptographicException)
        {
            return null;
        }
        if (BoxKeyWrapping.PublicKey(key) == ballot.BoxPublicKey) return key;
        key.Dispose();
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The box of ballot {BallotId} was unsealed with scrutineer credential {CredentialId}")]
    private partial void LogUnsealed(int ballotId, int credentialId);
}
