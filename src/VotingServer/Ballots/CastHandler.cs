using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// A deputy's cast. Two writes in one transaction: the issuance row is marked returned (with the tablet's cast
/// id, to recognise a resend), and the choices go into the box under a random key, with no deputy, no time and
/// no sequence (or, for the one kind of named vote, beside the deputy's id). The receipt is returned only after
/// the commit.
/// </summary>
public sealed class CastHandler(
    OpenBallotRegistry registry, CredentialDirectory directory, GroupCommitWriter writer, LiveUpdates live)
{
    public async Task<CastReceipt> CastAsync(Caller caller, CastRequest? request)
    {
        var (deputyId, sittingId) = caller.RequireDeputy();
        // Revocation is checked for every hub call by CredentialSessionFilter; the mandate is the cast's own rule.
        if (directory.FindById(caller.CredentialId)?.DeputyStatus != DeputyStatus.Current) throw VenueErrors.DeputyNotCurrent();
        var castId = CheckCastId(request);
        var open = registry.Find(request.BallotId);
        string? choices = null;
        if (open is not null)
        {
            if (open.SittingId != sittingId) throw VenueErrors.BallotNotIssued();
            choices = open.Kind.EncodeCast(open, request);
        }
        // A ballot not open here may still be a resend of a cast the server recorded just before closing.
        var ballotId = request.BallotId;
        var receipt = await writer.WriteAsync(tx => Record(tx.Connection, ballotId, deputyId, castId, choices, open?.Secret ?? true));
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

    private static CastReceipt Record(
        SqliteConnection connection, int ballotId, int deputyId, string castId, string? choices, bool secret)
    {
        if (choices is not null && connection.Execute(
                """
                UPDATE Issuances SET CastId = $cast
                WHERE BallotId = $ballot AND DeputyId = $deputy AND CastId IS NULL
                  AND EXISTS (SELECT 1 FROM Ballots WHERE Id = $ballot AND State = $open)
                """,
                ("$cast", castId), ("$ballot", ballotId), ("$deputy", deputyId), ("$open", BallotState.Open.Wire())) == 1)
        {
            if (secret)
            {
                connection.Execute("INSERT INTO BallotBox (BallotId, BoxKey, Choices) VALUES ($ballot, $key, $choices)",
                    ("$ballot", ballotId), ("$key", RandomNumberGenerator.GetBytes(16)), ("$choices", choices));
            }
            else
            {
                connection.Execute("INSERT INTO NamedVotes (BallotId, DeputyId, Choices) VALUES ($ballot, $deputy, $choices)",
                    ("$ballot", ballotId), ("$deputy", deputyId), ("$choices", choices));
            }
            return new CastReceipt(ballotId, Duplicate: false);
        }
        var issuance = connection.Query(
            "SELECT CastId FROM Issuances WHERE BallotId = $ballot AND DeputyId = $deputy",
            r => r.IsDBNull(0) ? "" : r.GetString(0), ("$ballot", ballotId), ("$deputy", deputyId));
        if (issuance is [var recorded] && recorded == castId) return new CastReceipt(ballotId, Duplicate: true);
        var state = connection.Scalar<string>("SELECT State FROM Ballots WHERE Id = $ballot", ("$ballot", ballotId));
        if (state is null) throw VenueErrors.NotFound($"编号为{ballotId}的表决");
        if (state != BallotState.Open.Wire()) throw VenueErrors.BallotNotOpen();
        if (issuance.Count == 0) throw VenueErrors.BallotNotIssued();
        throw VenueErrors.AlreadyCast();
    }
}
