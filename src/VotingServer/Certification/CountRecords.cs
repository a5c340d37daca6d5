using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Certification;

/// <summary>
/// The count record (计票记录) of a closed ballot and the scrutineers' signatures on it. A signature covers the
/// SHA-256 of the stored result, so it certifies exactly the figures that are published.
/// </summary>
public sealed class CountRecords(VenueDbContext db, BallotQueries ballots, CountingStaffRegister staff, TimeProvider clock)
{
    public async Task<CountRecordView> GetAsync(int ballotId)
    {
        var (ballot, result) = await ClosedAsync(ballotId);
        var designated = await db.CountingStaff.AsNoTracking()
            .Where(s => s.SittingId == ballot.SittingId && (s.Role == CountingRoles.ChiefScrutineer || s.Role == CountingRoles.Scrutineer))
            .OrderBy(s => s.Id).ToListAsync();
        var signatures = await db.CountSignatures.AsNoTracking().Where(s => s.BallotId == ballotId).ToListAsync();
        var signed = designated.Join(signatures, d => d.Id, s => s.CountingStaffId, (d, s) => new SignatureView(d.Id, d.Name, d.Role, s.SignedAt))
            .OrderBy(s => s.SignedAt).ToList();
        var awaiting = designated.Where(d => signatures.All(s => s.CountingStaffId != d.Id)).Select(d => d.Name).ToList();
        var notice = await db.Notices.AsNoTracking().Where(n => n.BallotId == ballotId).Select(n => (int?)n.Number).SingleOrDefaultAsync();
        return new CountRecordView(result, Sha256(ballot.ResultJson!), signed, awaiting, designated.Count > 0 && awaiting.Count == 0, notice);
    }

    public async Task<CountRecordView> SignAsync(int ballotId, Caller caller)
    {
        var (ballot, _) = await ClosedAsync(ballotId);
        var scrutineer = await staff.RequireScrutineerAsync(caller, ballot.SittingId);
        if (!await db.CountSignatures.AnyAsync(s => s.BallotId == ballotId && s.CountingStaffId == scrutineer.Id))
        {
            db.CountSignatures.Add(new CountSignature
            {
                BallotId = ballotId, CountingStaffId = scrutineer.Id, SignedAt = clock.GetUtcNow(), RecordSha256 = Sha256(ballot.ResultJson!),
            });
            await db.SaveChangesAsync();
        }
        return await GetAsync(ballotId);
    }

    private async Task<(Ballot Ballot, BallotResultView Result)> ClosedAsync(int ballotId)
    {
        var ballot = await ballots.GetAsync(ballotId);
        return ResultStore.Read(ballot) is { } result ? (ballot, result) : throw VenueErrors.BallotNotClosed();
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
