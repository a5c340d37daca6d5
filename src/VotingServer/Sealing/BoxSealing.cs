using System.Security.Cryptography;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Sealing;

/// <summary>
/// The sealed box in the database, inside the writer's transactions: the box key's public half and its wraps for the
/// scrutineers at open, the wraps kept in step with the designations while the ballot is open, the box opened and the
/// wraps deleted at the count. docs/security.md "The sealed box" tells what is on disk when.
/// </summary>
public static class BoxSealing
{
    /// <summary>
    /// In the write that opens a secret ballot: stores the box key's public half and wraps its private half for every
    /// designated scrutineer of the sitting whose card is valid. With no such scrutineer the ballot is not opened.
    /// </summary>
    public static void SealAtOpen(WriteTransaction tx, ECDiffieHellman boxKey, Ballot ballot)
    {
        var holders = KeyHolders(tx.Connection, ballot.SittingId);
        if (holders.Count == 0) throw VenueErrors.NoScrutineerKeys();
        foreach (var (credentialId, sealingKey) in holders) Wrap(tx.Connection, boxKey, ballot.Id, credentialId, sealingKey);
        tx.Connection.Execute("UPDATE \"Ballots\" SET \"BoxPublicKey\" = @key WHERE \"Id\" = @ballot",
            ("@key", BoxKeyWrapping.PublicKey(boxKey)), ("@ballot", ballot.Id));
    }

    /// <summary>
    /// A scrutineer designated (or given a new card) while ballots of the sitting are open: a wrap for their card of
    /// every open ballot whose key is in memory. A box still sealed cannot be wrapped again until it is unsealed.
    /// </summary>
    public static void WrapForNewHolder(DbConnection connection, BoxKeys keys, int sittingId, int credentialId)
    {
        var sealingKey = connection.Scalar<string>(
            "SELECT \"SealingKey\" FROM \"Credentials\" WHERE \"Id\" = @credential AND \"RevokedAt\" IS NULL", ("@credential", credentialId));
        if (sealingKey is null) return;
        foreach (var ballotId in OpenSealedBallots(connection, sittingId))
        {
            if (keys.Find(ballotId) is { } key) Wrap(connection, key, ballotId, credentialId, sealingKey);
        }
    }

    /// <summary>
    /// Before a card stops holding box keys (its scrutineer withdrawn or given a new card): every open box of the
    /// sitting must be unsealed (its key in memory, to wrap again), and a withdrawal must leave another holder.
    /// </summary>
    public static void EnsureKeysKept(DbConnection connection, BoxKeys keys, int sittingId, int credentialId, bool replaced)
    {
        foreach (var ballotId in OpenSealedBallots(connection, sittingId))
        {
            if (!keys.Holds(ballotId)) throw VenueErrors.BoxSealed();
            if (!replaced && connection.Scalar<long>(
                    "SELECT COUNT(*) FROM \"BoxKeyWraps\" WHERE \"BallotId\" = @ballot AND \"CredentialId\" <> @credential",
                    ("@ballot", ballotId), ("@credential", credentialId)) == 0)
                throw VenueErrors.Invalid("有无记名表决正在进行，其票箱密钥只由这名监票人保管，不能撤销；请先指定另一名监票人。");
        }
    }

    /// <summary>A card withdrawn or replaced no longer holds any box key.</summary>
    public static void DeleteWrapsOf(DbConnection connection, int credentialId) =>
        connection.Execute("DELETE FROM \"BoxKeyWraps\" WHERE \"CredentialId\" = @credential", ("@credential", credentialId));

    /// <summary>At the count, once the box is plain: no wrap of the ballot's key is left on disk.</summary>
    public static void DeleteWraps(DbConnection connection, int ballotId) =>
        connection.Execute("DELETE FROM \"BoxKeyWraps\" WHERE \"BallotId\" = @ballot", ("@ballot", ballotId));

    /// <summary>
    /// The box's choices, canonical, each sealed row opened with the key in memory (or taken from <paramref name="opened"/>
    /// when the same row was opened before the write). A sealed row with no key, or one that does not open (changed on
    /// disk), stops the count.
    /// </summary>
    public static List<string> OpenBox(DbConnection connection, int ballotId, ECDiffieHellman? key, OpenedRows? opened = null)
    {
        var symmetric = key is null ? null : SealedChoices.SymmetricKey(key);
        try
        {
            return ReadRows(connection, ballotId)
                .Select(row => row.Choices ?? opened?.Find(row.RowKey, row.Sealed!) ?? Open(key, symmetric, row.Sealed!, ballotId, row.RowKey))
                .ToList();
        }
        finally
        {
            if (symmetric is not null) CryptographicOperations.ZeroMemory(symmetric);
        }
    }

    /// <summary>
    /// Opens the sealed rows already in the box before the count's write, on the request's own connection, so that the
    /// writer (which every cast and sign-in waits for) opens only the rows cast since. A row that does not open is left
    /// for the write to refuse; a key disposed meanwhile (another close won) leaves the write to refuse the close.
    /// </summary>
    public static async Task<OpenedRows> PreOpenAsync(VenueDbContext db, int ballotId, ECDiffieHellman? key)
    {
        var opened = new OpenedRows();
        if (key is null) return opened;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var symmetric = SealedChoices.SymmetricKey(key);
            foreach (var row in ReadRows(connection, ballotId).Where(r => r.Sealed is not null))
            {
                try
                {
                    opened.Add(row.RowKey, row.Sealed!, SealedChoices.Open(key, row.Sealed!, ballotId, row.RowKey, symmetric));
                }
                catch (CryptographicException)
                {
                }
            }
        }
        catch (ObjectDisposedException)
        {
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return opened;
    }

    private static List<(byte[] RowKey, string? Choices, byte[]? Sealed)> ReadRows(DbConnection connection, int ballotId) => connection.Query(
        "SELECT \"BoxKey\", \"Choices\", \"Sealed\" FROM \"BallotBox\" WHERE \"BallotId\" = @ballot",
        r => ((byte[])r.GetValue(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : (byte[])r.GetValue(2)),
        ("@ballot", ballotId));

    /// <summary>Sealed rows opened ahead of the write, by row key; a row counts only if its sealed bytes are still the same.</summary>
    public sealed class OpenedRows
    {
        private readonly Dictionary<string, (byte[] Sealed, string Choices)> rows = [];

        public int Count => rows.Count;

        internal void Add(byte[] rowKey, byte[] sealedRow, string choices) => rows[Convert.ToHexString(rowKey)] = (sealedRow, choices);

        internal string? Find(byte[] rowKey, byte[] sealedRow) =>
            rows.TryGetValue(Convert.ToHexString(rowKey), out var row) && row.Sealed.AsSpan().SequenceEqual(sealedRow) ? row.Choices : null;
    }

    private static string Open(ECDiffieHellman? key, byte[]? symmetric, byte[] sealedRow, int ballotId, byte[] rowKey)
    {
        if (key is null) throw VenueErrors.BoxSealed();
        try
        {
            return SealedChoices.Open(key, sealedRow, ballotId, rowKey, symmetric);
        }
        catch (CryptographicException)
        {
            throw VenueErrors.BoxRowUnreadable();
        }
    }

    /// <summary>The designated scrutineers of a sitting whose card is valid and has a sealing key: (credential id, sealing key).</summary>
    private static List<(int CredentialId, string SealingKey)> KeyHolders(DbConnection connection, int sittingId) => connection.Query(
        """
        SELECT c."Id", c."SealingKey" FROM "CountingStaff" s JOIN "Credentials" c ON c."Id" = s."CredentialId"
        WHERE s."SittingId" = @sitting AND c."RevokedAt" IS NULL AND c."SealingKey" IS NOT NULL
        ORDER BY c."Id"
        """,
        r => (r.GetInt32(0), r.GetString(1)), ("@sitting", sittingId));

    private static List<int> OpenSealedBallots(DbConnection connection, int sittingId) => connection.Query(
        "SELECT \"Id\" FROM \"Ballots\" WHERE \"SittingId\" = @sitting AND \"State\" = @open AND \"BoxPublicKey\" IS NOT NULL",
        r => r.GetInt32(0), ("@sitting", sittingId), ("@open", BallotState.Open.Wire()));

    private static void Wrap(DbConnection connection, ECDiffieHellman boxKey, int ballotId, int credentialId, string sealingKey)
    {
        var (ephemeral, wrapped) = BoxKeyWrapping.Wrap(boxKey, sealingKey, ballotId, credentialId);
        connection.Execute(
            """
            INSERT INTO "BoxKeyWraps" ("BallotId", "CredentialId", "EphemeralKey", "Wrapped") VALUES (@ballot, @credential, @ephemeral, @wrapped)
            ON CONFLICT ("BallotId", "CredentialId") DO UPDATE SET "EphemeralKey" = excluded."EphemeralKey", "Wrapped" = excluded."Wrapped"
            """,
            ("@ballot", ballotId), ("@credential", credentialId), ("@ephemeral", ephemeral), ("@wrapped", wrapped));
    }
}
