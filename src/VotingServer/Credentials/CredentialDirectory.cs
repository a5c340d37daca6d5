using PeoplesCongress.Contracts;
using System.Collections.Concurrent;
using System.Data.Common;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Credentials;

public sealed record CredentialEntry(
    int CredentialId, Role Role, string Name, bool Revoked,
    int? DeputyId, int? SittingId, string? DeputyNumber, DeputyStatus? DeputyStatus,
    int? TermId = null, int? TermDeputyId = null, int? DepartmentId = null);

/// <summary>
/// Every credential the server knows, in memory, so that sign-in storms and casts never wait on the database to
/// check who is calling. It is a copy of the store: the writer refreshes the credentials a commit changed (or whose
/// deputy it changed) before that commit is answered, and a credential that becomes revoked ends its hub sessions.
/// </summary>
public sealed class CredentialDirectory(HubSessions sessions) : IStoreObserver
{
    private const string Select =
        """
        SELECT c."Id", c."TokenHash", c."Role", COALESCE(d."Name", c."Name"), c."RevokedAt" IS NOT NULL,
               c."DeputyId", COALESCE(d."SittingId", c."SittingId"), COALESCE(d."Number", t."Number"), d."Status",
               c."TermId", c."TermDeputyId", c."DepartmentId"
        FROM "Credentials" c LEFT JOIN "Deputies" d ON d."Id" = c."DeputyId" LEFT JOIN "TermDeputies" t ON t."Id" = c."TermDeputyId"
        """;

    private readonly ConcurrentDictionary<string, CredentialEntry> byHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, CredentialEntry> byId = new();
    // A deputy holds at most one credential that is not revoked: issuing a new one revokes the old in the same write.
    private readonly ConcurrentDictionary<int, int> activeOfDeputy = new();

    public IReadOnlyCollection<string> Tables { get; } = ["Credentials", "Deputies"];

    public CredentialEntry? FindByHash(string tokenHash) => byHash.GetValueOrDefault(tokenHash);

    public CredentialEntry? FindById(int credentialId) => byId.GetValueOrDefault(credentialId);

    public bool HasActiveCredential(int deputyId) => activeOfDeputy.ContainsKey(deputyId);

    /// <summary>Whether a caller authenticated earlier may still act: known, not revoked since.</summary>
    public bool IsValid(int credentialId) => byId.GetValueOrDefault(credentialId) is { Revoked: false };

    public void Load(DbConnection connection) => Apply(connection.Query(Select, Read));

    public void Refresh(DbConnection connection, ChangedRows changed)
    {
        var dialect = StoreDialect.Of(connection);
        Apply(connection.Query(
            Select + " WHERE " + dialect.InList("c.\"Id\"", "@credentials") + " OR " + dialect.InList("c.\"DeputyId\"", "@deputies"),
            Read, ("@credentials", changed.Ids(connection, "Credentials")), ("@deputies", changed.Ids(connection, "Deputies"))));
    }

    private void Apply(List<(string Hash, CredentialEntry Entry)> rows)
    {
        List<int>? revoked = null;
        foreach (var (hash, entry) in rows)
        {
            var before = byId.GetValueOrDefault(entry.CredentialId);
            byHash[hash] = entry;
            byId[entry.CredentialId] = entry;
            if (entry.DeputyId is { } deputyId)
            {
                if (!entry.Revoked) activeOfDeputy[deputyId] = entry.CredentialId;
                else activeOfDeputy.TryRemove(new KeyValuePair<int, int>(deputyId, entry.CredentialId));
            }
            if (entry.Revoked && before is { Revoked: false }) (revoked ??= []).Add(entry.CredentialId);
        }
        if (revoked is not null) sessions.End(revoked);
    }

    private static (string, CredentialEntry) Read(DbDataReader r) => (r.GetString(1), new CredentialEntry(
        r.GetInt32(0), WireNames.Parse<Role>(r.GetString(2)), r.GetString(3), r.GetBoolean(4),
        r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetInt32(6),
        r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : WireNames.Parse<DeputyStatus>(r.GetString(8)),
        NullableInt(r, 9), NullableInt(r, 10), NullableInt(r, 11)));

    private static int? NullableInt(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);
}
