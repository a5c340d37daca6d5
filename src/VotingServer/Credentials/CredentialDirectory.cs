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
/// Where a caller sits in a sitting's hall: the deputy of the sitting's roster it signs in and casts for. A deputy's
/// sitting credential sits in its own row; a term deputy's personal credential (<see cref="Personal"/>) in the row
/// linked to that term deputy, at the sitting that accepts personal credentials.
/// </summary>
public sealed record HallSeat(int DeputyId, int SittingId, string? Number, DeputyStatus? Status, bool Personal);

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

    // The roster rows linked to a term deputy (by deputy id), and from them each term deputy's seat in a hall: the row
    // of the latest sitting that accepts personal credentials. Kept in memory like the credentials, so a personal
    // credential signs in and casts without a query.
    private const string SeatSelect =
        """
        SELECT d."Id", d."TermDeputyId", d."SittingId", d."Number", d."Status", s."AcceptPersonalCredentials"
        FROM "Deputies" d JOIN "Sittings" s ON s."Id" = d."SittingId"
        """;

    private readonly Lock seatGate = new();
    private readonly Dictionary<int, SeatRow> linkedRows = [];
    private readonly Dictionary<int, HashSet<int>> rowsOfTermDeputy = [];
    private readonly ConcurrentDictionary<int, HallSeat> personalSeats = new();
    private readonly ConcurrentDictionary<int, int> activeOfTermDeputy = new();

    public IReadOnlyCollection<string> Tables { get; } = ["Credentials", "Deputies", "Sittings"];

    /// <summary>
    /// The seat a caller takes in a hall: a deputy's own row for a sitting credential; for a personal credential, the
    /// linked row of the sitting that accepts personal credentials; null for anyone else (and a personal credential
    /// no sitting accepts).
    /// </summary>
    public HallSeat? SeatOf(Caller caller) => caller.Role switch
    {
        Role.Deputy when caller is { DeputyId: { } deputyId, SittingId: { } sittingId } =>
            new HallSeat(deputyId, sittingId, caller.DeputyNumber, FindById(caller.CredentialId)?.DeputyStatus, Personal: false),
        Role.TermDeputy when caller.TermDeputyId is { } termDeputyId => personalSeats.GetValueOrDefault(termDeputyId),
        _ => null,
    };

    public CredentialEntry? FindByHash(string tokenHash) => byHash.GetValueOrDefault(tokenHash);

    public CredentialEntry? FindById(int credentialId) => byId.GetValueOrDefault(credentialId);

    public bool HasActiveCredential(int deputyId) => activeOfDeputy.ContainsKey(deputyId);

    /// <summary>Whether a caller authenticated earlier may still act: known, not revoked since.</summary>
    public bool IsValid(int credentialId) => byId.GetValueOrDefault(credentialId) is { Revoked: false };

    public void Load(DbConnection connection)
    {
        Apply(connection.Query(Select, Read));
        ApplySeats(connection.Query(SeatSelect + " WHERE d.\"TermDeputyId\" IS NOT NULL", ReadSeat));
    }

    public void Refresh(DbConnection connection, ChangedRows changed)
    {
        var dialect = StoreDialect.Of(connection);
        Apply(connection.Query(
            Select + " WHERE " + dialect.InList("c.\"Id\"", "@credentials") + " OR " + dialect.InList("c.\"DeputyId\"", "@deputies"),
            Read, ("@credentials", changed.Ids(connection, "Credentials")), ("@deputies", changed.Ids(connection, "Deputies"))));
        if (changed.In("Deputies").Count == 0 && changed.In("Sittings").Count == 0) return;
        ApplySeats(connection.Query(
            SeatSelect + " WHERE " + dialect.InList("d.\"Id\"", "@deputies") + " OR " + dialect.InList("d.\"SittingId\"", "@sittings"),
            ReadSeat, ("@deputies", changed.Ids(connection, "Deputies")), ("@sittings", changed.Ids(connection, "Sittings"))));
    }

    /// <summary>
    /// Takes in roster rows read again and works out the seats of the term deputies they concern. A personal
    /// credential whose seat is gone or moved (personal credentials turned off, the row unlinked) has its hall
    /// connections ended, as a revoked one has.
    /// </summary>
    private void ApplySeats(List<(int DeputyId, SeatRow Row)> rows)
    {
        List<int>? ended = null;
        lock (seatGate)
        {
            var concerned = new HashSet<int>();
            foreach (var (deputyId, row) in rows)
            {
                if (linkedRows.Remove(deputyId, out var before) && before.TermDeputyId is { } was)
                {
                    concerned.Add(was);
                    rowsOfTermDeputy[was].Remove(deputyId);
                }
                if (row.TermDeputyId is { } termDeputyId)
                {
                    linkedRows[deputyId] = row;
                    if (!rowsOfTermDeputy.TryGetValue(termDeputyId, out var ids)) rowsOfTermDeputy[termDeputyId] = ids = [];
                    ids.Add(deputyId);
                    concerned.Add(termDeputyId);
                }
            }
            foreach (var termDeputyId in concerned)
            {
                var seat = rowsOfTermDeputy.GetValueOrDefault(termDeputyId, [])
                    .Select(id => (Id: id, Row: linkedRows[id])).Where(r => r.Row.Accepted)
                    .OrderByDescending(r => r.Row.SittingId)
                    .Select(r => new HallSeat(r.Id, r.Row.SittingId, r.Row.Number, r.Row.Status, Personal: true))
                    .FirstOrDefault();
                var before = personalSeats.GetValueOrDefault(termDeputyId);
                if (seat is null) personalSeats.TryRemove(termDeputyId, out _);
                else personalSeats[termDeputyId] = seat;
                if (before is not null && (seat is null || seat.DeputyId != before.DeputyId) && activeOfTermDeputy.TryGetValue(termDeputyId, out var credentialId))
                    (ended ??= []).Add(credentialId);
            }
        }
        if (ended is not null) sessions.End(ended);
    }

    private static (int, SeatRow) ReadSeat(DbDataReader r) => (r.GetInt32(0), new SeatRow(
        NullableInt(r, 1), r.GetInt32(2), r.GetString(3), WireNames.Parse<DeputyStatus>(r.GetString(4)), r.GetBoolean(5)));

    private sealed record SeatRow(int? TermDeputyId, int SittingId, string Number, DeputyStatus Status, bool Accepted);

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
            if (entry.TermDeputyId is { } termDeputyId)
            {
                if (!entry.Revoked) activeOfTermDeputy[termDeputyId] = entry.CredentialId;
                else activeOfTermDeputy.TryRemove(new KeyValuePair<int, int>(termDeputyId, entry.CredentialId));
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
