using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Credentials;

public sealed record CredentialEntry(
    int CredentialId, string Role, string Name, bool Revoked,
    int? DeputyId, int? SittingId, string? DeputyNumber, DeputyStatus? DeputyStatus);

/// <summary>
/// Every credential the server knows, in memory, so that sign-in storms and casts never wait on the database
/// to check who is calling. Reloaded whole after any change to credentials or the roster.
/// </summary>
public sealed class CredentialDirectory(IServiceScopeFactory scopes)
{
    private volatile Snapshot snapshot = new(
        FrozenDictionary<string, CredentialEntry>.Empty, FrozenDictionary<int, CredentialEntry>.Empty, FrozenSet<int>.Empty);

    public CredentialEntry? FindByHash(string tokenHash) => snapshot.ByHash.GetValueOrDefault(tokenHash);

    public CredentialEntry? FindById(int credentialId) => snapshot.ById.GetValueOrDefault(credentialId);

    public bool HasActiveCredential(int deputyId) => snapshot.ActiveDeputies.Contains(deputyId);

    public async Task ReloadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VenueDbContext>();
        var rows = await (
            from c in db.Credentials.AsNoTracking()
            join d in db.Deputies on c.DeputyId equals d.Id into deputies
            from d in deputies.DefaultIfEmpty()
            select new { c.TokenHash, Entry = new CredentialEntry(
                c.Id, c.Role, d != null ? d.Name : c.Name, c.RevokedAt != null,
                c.DeputyId, d != null ? d.SittingId : c.SittingId, d != null ? d.Number : null, d != null ? d.Status : null) })
            .ToListAsync();
        snapshot = new Snapshot(
            rows.ToFrozenDictionary(r => r.TokenHash, r => r.Entry),
            rows.ToFrozenDictionary(r => r.Entry.CredentialId, r => r.Entry),
            rows.Where(r => !r.Entry.Revoked && r.Entry.DeputyId is not null).Select(r => r.Entry.DeputyId!.Value).ToFrozenSet());
    }

    private sealed record Snapshot(
        FrozenDictionary<string, CredentialEntry> ByHash, FrozenDictionary<int, CredentialEntry> ById, FrozenSet<int> ActiveDeputies);
}
