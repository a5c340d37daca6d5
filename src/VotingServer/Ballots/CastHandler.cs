using System.Data.Common;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Sealing;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// A deputy's cast. Two writes in one transaction: the issuance row is marked returned (with the tablet's cast
/// id, to recognise a resend, and the cast's tracking code), and the choices go into the box under a random key,
/// sealed to the ballot's box key, with no deputy, no time and no sequence (or, for the one kind of named vote,
/// plainly beside the deputy's id). The receipt is returned only after the commit.
/// </summary>
public sealed class CastHandler(
    OpenBallotRegistry registry, BoxKeys boxKeys, GroupCommitWriter writer, LiveUpdates live)
{
    /// <summary>
    /// A cast for the deputy of <paramref name="seat"/>, whichever of the deputy's credentials made it: the issuance is
    /// the deputy's, so a second device (or the personal credential beside the sitting one) finds it returned. No
    /// credential is written with the cast.
    /// </summary>
    public async Task<CastReceipt> CastAsync(HallSeat seat, CastRequest? request)
    {
        var (deputyId, sittingId) = (seat.DeputyId, seat.SittingId);
        // Revocation is checked for every hub call by CredentialSessionFilter; the mandate is the cast's own rule.
        if (seat.Status != DeputyStatus.Current) throw VenueErrors.DeputyNotCurrent();
        var castId = CheckCastId(request);
        var open = registry.Find(request.BallotId);
        BoxEntry? entry = null;
        if (open is not null)
        {
            if (open.SittingId != sittingId) throw VenueErrors.BallotNotIssued();
            entry = BoxEntry.For(open, boxKeys.Symmetric(open.Id), open.Kind.EncodeCast(open, request));
        }
        // A ballot not open here may still be a resend of a cast the server recorded just before closing.
        var ballotId = request.BallotId;
        var trackingCode = TrackingCodes.New();
        var receipt = await writer.WriteAsync(tx => Record(tx.Connection, ballotId, deputyId, castId, trackingCode, entry));
        if (!receipt.Duplicate) live.ProgressChanged(sittingId);
        return receipt;
    }

    private static string CheckCastId([System.Diagnostics.CodeAnalysis.NotNull] CastRequest? request)
    {
        request = request.Checked();
        if (request.CastId is not { Length: >= 8 and <= 64 } castId || !castId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw VenueErrors.Malformed("提交编号应为8至64位字母、数字、“-”或“_”");
        return castId;
    }

    /// <summary>
    /// Marks the issuance returned while the ballot is open. The ballot's row is read FOR SHARE (PostgreSQL): a close
    /// on another server, which updates that row first, either waits for this cast to commit and then counts it, or
    /// has committed, and the cast finds the ballot closed. Never a ballot acknowledged and left out of the count.
    /// </summary>
    private static string MarkReturned(DbConnection connection) => StoreDialect.Of(connection) == StoreDialect.Sqlite ? MarkReturnedSql : MarkReturnedLockingSql;

    private const string MarkReturnedSql =
        """
        UPDATE "Issuances" SET "CastId" = @cast, "TrackingCode" = @tracking
        WHERE "BallotId" = @ballot AND "DeputyId" = @deputy AND "CastId" IS NULL
          AND EXISTS (SELECT 1 FROM "Ballots" WHERE "Id" = @ballot AND "State" = @open)
        """;

    private const string MarkReturnedLockingSql =
        """
        UPDATE "Issuances" SET "CastId" = @cast, "TrackingCode" = @tracking
        WHERE "BallotId" = @ballot AND "DeputyId" = @deputy AND "CastId" IS NULL
          AND EXISTS (SELECT 1 FROM "Ballots" WHERE "Id" = @ballot AND "State" = @open FOR SHARE)
        """;

    private static CastReceipt Record(
        DbConnection connection, int ballotId, int deputyId, string castId, string trackingCode, BoxEntry? entry)
    {
        if (entry is not null && connection.Execute(
                MarkReturned(connection),
                ("@cast", castId), ("@tracking", trackingCode), ("@ballot", ballotId), ("@deputy", deputyId), ("@open", BallotState.Open.Wire())) == 1)
        {
            if (!entry.Secret)
            {
                connection.Execute("INSERT INTO \"NamedVotes\" (\"BallotId\", \"DeputyId\", \"Choices\") VALUES (@ballot, @deputy, @choices)",
                    ("@ballot", ballotId), ("@deputy", deputyId), ("@choices", entry.Choices));
            }
            else if (entry.Sealed is not null)
            {
                connection.Execute("INSERT INTO \"BallotBox\" (\"BallotId\", \"BoxKey\", \"Sealed\") VALUES (@ballot, @key, @sealed)",
                    ("@ballot", ballotId), ("@key", entry.RowKey), ("@sealed", entry.Sealed));
            }
            else
            {
                // A secret ballot opened before boxes were sealed (no box key): its box stays as it was.
                connection.Execute("INSERT INTO \"BallotBox\" (\"BallotId\", \"BoxKey\", \"Choices\") VALUES (@ballot, @key, @choices)",
                    ("@ballot", ballotId), ("@key", entry.RowKey), ("@choices", entry.Choices));
            }
            return new CastReceipt(ballotId, Duplicate: false, trackingCode);
        }
        var issuance = connection.Query(
            "SELECT \"CastId\", \"TrackingCode\" FROM \"Issuances\" WHERE \"BallotId\" = @ballot AND \"DeputyId\" = @deputy",
            r => (Cast: r.IsDBNull(0) ? "" : r.GetString(0), Tracking: r.IsDBNull(1) ? null : r.GetString(1)),
            ("@ballot", ballotId), ("@deputy", deputyId));
        if (issuance is [var recorded] && recorded.Cast == castId) return new CastReceipt(ballotId, Duplicate: true, recorded.Tracking);
        var state = connection.Scalar<string>("SELECT \"State\" FROM \"Ballots\" WHERE \"Id\" = @ballot", ("@ballot", ballotId));
        if (state is null) throw VenueErrors.NotFound($"编号为{ballotId}的表决");
        if (state != BallotState.Open.Wire()) throw VenueErrors.BallotNotOpen();
        if (issuance.Count == 0) throw VenueErrors.BallotNotIssued();
        throw VenueErrors.AlreadyCast();
    }

    /// <summary>
    /// What a cast puts in the box, made before the write: for a secret ballot the choices sealed to the box's public
    /// key under a fresh random row key (the sealing needs no private key, so it runs outside the writer's thread),
    /// or under the box's symmetric key while the server holds the private half, which is much cheaper.
    /// </summary>
    private sealed record BoxEntry(bool Secret, string Choices, byte[] RowKey, byte[]? Sealed)
    {
        public static BoxEntry For(OpenBallot ballot, BoxCipher? cipher, string choices)
        {
            var rowKey = RandomBytes.Get(16);
            var sealedChoices = ballot.Secret && ballot.BoxKey is { } key
                ? SealedChoices.Seal(key, cipher, choices, ballot.SealedLength, ballot.Id, rowKey)
                : null;
            return new BoxEntry(ballot.Secret, choices, rowKey, sealedChoices);
        }
    }
}
