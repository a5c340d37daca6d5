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
/// no sequence. The receipt is returned only after the commit.
/// </summary>
public sealed class CastHandler(
    OpenBallotRegistry registry, CredentialDirectory directory, GroupCommitWriter writer, LiveUpdates live)
{
    public async Task<CastReceipt> CastAsync(Caller caller, CastRequest? request)
    {
        var (deputyId, sittingId) = caller.RequireDeputy();
        var credential = directory.FindById(caller.CredentialId);
        if (credential is null or { Revoked: true }) throw VenueErrors.CredentialRevoked();
        if (credential.DeputyStatus != DeputyStatus.Current) throw VenueErrors.DeputyNotCurrent();
        var (ballotId, choices, castId) = Check(request);
        var open = registry.Find(ballotId);
        if (open is not null)
        {
            if (open.SittingId != sittingId) throw VenueErrors.BallotNotIssued();
            CheckMarks(open, request!.Marks);
        }
        // A ballot not open here may still be a resend of a cast the server recorded just before closing.
        var receipt = await writer.WriteAsync(c => Record(c, ballotId, deputyId, castId, open is null ? null : choices));
        if (!receipt.Duplicate) live.ProgressChanged(sittingId);
        return receipt;
    }

    private static (int BallotId, string Choices, string CastId) Check(CastRequest? request)
    {
        if (request?.Marks is null) throw VenueErrors.Malformed("缺少选择内容");
        if (request.CastId is not { Length: >= 8 and <= 64 } castId || !castId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw VenueErrors.Malformed("提交编号应为8至64位字母、数字、“-”或“_”");
        if (request.Marks.Distinct().Count() != request.Marks.Count) throw VenueErrors.Malformed("同一项目被重复选择");
        return (request.BallotId, BoxChoices.Encode(request.Marks), castId);
    }

    private static void CheckMarks(OpenBallot ballot, IReadOnlyList<int> marks)
    {
        if (marks.Any(m => !ballot.ProjectIds.Contains(m))) throw VenueErrors.UnknownProject();
        // Refused, not recorded: the deputy corrects the ballot and sends it again.
        if (marks.Count > ballot.Places) throw VenueErrors.TooManyMarks(ballot.Places);
    }

    private static CastReceipt Record(SqliteConnection connection, int ballotId, int deputyId, string castId, string? choices)
    {
        if (choices is not null && connection.Execute(
                """
                UPDATE Issuances SET CastId = $cast
                WHERE BallotId = $ballot AND DeputyId = $deputy AND CastId IS NULL
                  AND EXISTS (SELECT 1 FROM Ballots WHERE Id = $ballot AND State = 'open')
                """,
                ("$cast", castId), ("$ballot", ballotId), ("$deputy", deputyId)) == 1)
        {
            connection.Execute("INSERT INTO BallotBox (BallotId, BoxKey, Choices) VALUES ($ballot, $key, $choices)",
                ("$ballot", ballotId), ("$key", RandomNumberGenerator.GetBytes(16)), ("$choices", choices));
            return new CastReceipt(ballotId, Duplicate: false);
        }
        var issuance = connection.Query(
            "SELECT CastId FROM Issuances WHERE BallotId = $ballot AND DeputyId = $deputy",
            r => r.IsDBNull(0) ? "" : r.GetString(0), ("$ballot", ballotId), ("$deputy", deputyId));
        if (issuance is [var recorded] && recorded == castId) return new CastReceipt(ballotId, Duplicate: true);
        var state = connection.Scalar<string>("SELECT State FROM Ballots WHERE Id = $ballot", ("$ballot", ballotId));
        if (state is null) throw VenueErrors.NotFound($"编号为{ballotId}的表决");
        if (state != BallotStates.Open) throw VenueErrors.BallotNotOpen();
        if (issuance.Count == 0) throw VenueErrors.BallotNotIssued();
        throw VenueErrors.AlreadyCast();
    }
}
