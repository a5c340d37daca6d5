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
        var credential = directory.FindById(caller.CredentialId);
        if (credential is null or { Revoked: true }) throw VenueErrors.CredentialRevoked();
        if (credential.DeputyStatus != DeputyStatus.Current) throw VenueErrors.DeputyNotCurrent();
        var castId = CheckCastId(request);
        var open = registry.Find(request.BallotId);
        string? choices = null;
        if (open is not null)
        {
            if (open.SittingId != sittingId) throw VenueErrors.BallotNotIssued();
            choices = open.Kind == BallotKinds.ProjectSelection ? CheckMarks(open, request) : CheckChoices(open, request);
        }
        // A ballot not open here may still be a resend of a cast the server recorded just before closing.
        var ballotId = request.BallotId;
        var receipt = await writer.WriteAsync(tx => Record(tx.Connection, ballotId, deputyId, castId, choices, open?.Secret ?? true));
        if (!receipt.Duplicate) live.ProgressChanged(sittingId);
        return receipt;
    }

    private static string CheckCastId([System.Diagnostics.CodeAnalysis.NotNull] CastRequest? request)
    {
        if (request is null) throw VenueErrors.Malformed("缺少选票内容");
        if (request.CastId is not { Length: >= 8 and <= 64 } castId || !castId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw VenueErrors.Malformed("提交编号应为8至64位字母、数字、“-”或“_”");
        return castId;
    }

    /// <summary>Select up to N: the chosen items in <see cref="CastRequest.Marks"/>.</summary>
    private static string CheckMarks(OpenBallot ballot, CastRequest request)
    {
        if (request.Marks is not { } marks || request.Choices is { Count: > 0 }) throw VenueErrors.Malformed("本表决应勾选项目（marks）");
        if (marks.Distinct().Count() != marks.Count) throw VenueErrors.Malformed("同一项目被重复选择");
        if (marks.Any(m => !ballot.ItemIds.Contains(m))) throw VenueErrors.UnknownItem();
        // Refused, not recorded: the deputy corrects the ballot and sends it again.
        if (marks.Count > ballot.Places) throw VenueErrors.TooManyMarks(ballot.Places);
        return BoxChoices.Encode(marks);
    }

    /// <summary>Every other kind: one option per item in <see cref="CastRequest.Choices"/>.</summary>
    private static string CheckChoices(OpenBallot ballot, CastRequest request)
    {
        if (request.Choices is not { } choices || request.Marks is { Count: > 0 }) throw VenueErrors.Malformed("本表决应对每一项作出选择（choices）");
        if (choices.Any(c => c is null)) throw VenueErrors.Malformed("选择内容不完整");
        if (choices.Select(c => c.ItemId).Distinct().Count() != choices.Count) throw VenueErrors.Malformed("同一项目或对象被选择了多次");
        if (choices.Any(c => !ballot.ItemIds.Contains(c.ItemId))) throw VenueErrors.UnknownItem();
        if (choices.FirstOrDefault(c => !ballot.Options.Contains(c.Option ?? "")) is { } bad) throw VenueErrors.Malformed($"选项“{bad.Option}”无效");
        if (ballot.Kind == BallotKinds.Motion && choices.Count != 1) throw VenueErrors.Malformed("请在赞成、反对、弃权中选择一项");
        return BoxChoices.Encode(choices.Select(c => (c.ItemId, c.Option)));
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
                ("$cast", castId), ("$ballot", ballotId), ("$deputy", deputyId), ("$open", BallotStates.Open)) == 1)
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
        if (state != BallotStates.Open) throw VenueErrors.BallotNotOpen();
        if (issuance.Count == 0) throw VenueErrors.BallotNotIssued();
        throw VenueErrors.AlreadyCast();
    }
}
