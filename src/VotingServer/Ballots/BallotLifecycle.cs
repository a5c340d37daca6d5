using System.Security.Cryptography;
using System.Text.Json;
using System.Data.Common;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Duties;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Sealing;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// Opening and closing a ballot (presidium). Opening issues one ballot to each deputy signed in at that moment;
/// closing counts the box, stores the result and scrubs everything that could tell the order of casting.
/// </summary>
public sealed partial class BallotLifecycle(
    BallotQueries ballots, GroupCommitWriter writer, WalTruncation wal, SittingAudience audience, LiveUpdates live,
    TimeProvider clock, CurrentActor actor, BoxKeys boxKeys, VenueDbContext db, ILogger<BallotLifecycle> logger)
{
    /// <summary>Opens a draft ballot if the sitting has its quorum, checked in the same write that opens it.</summary>
    public async Task<BallotView> OpenAsync(int ballotId)
    {
        var ballot = await ballots.GetAsync(ballotId);
        var now = clock.GetUtcNow();
        var who = actor.Value;
        // A secret ballot's box key: made here, wrapped for the scrutineers in the write that opens the ballot, and
        // held in memory only once that write has committed. A named ballot is not sealed.
        var made = ballot.Secret ? ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256) : null;
        int issued;
        try
        {
            issued = await writer.WriteAsync(tx => OpenInWrite(tx, ballot, now, who, made));
        }
        catch
        {
            made?.Dispose();
            throw;
        }
        if (made is not null) boxKeys.Add(ballotId, made);
        ballot.State = BallotState.Open;
        ballot.OpenedAt = now;
        LogOpened(ballotId, issued);
        var view = ballot.ToView();
        audience.Post(ballot.SittingId, nameof(IVenueClient.BallotOpened), client => client.BallotOpened(view));
        live.ProgressChanged(ballot.SittingId);
        return view;
    }

    private static int OpenInWrite(WriteTransaction tx, Ballot ballot, DateTimeOffset now, Actor who, ECDiffieHellman? boxKey)
    {
        var ballotId = ballot.Id;
        // Sign-ins on another server read the sitting's row FOR SHARE before issuing the open ballots (SignInRegister).
        var dialect = StoreDialect.Of(tx.Connection);
        if (dialect.ForUpdate.Length > 0)
            tx.Connection.Execute("SELECT 1 FROM \"Sittings\" WHERE \"Id\" = @sitting" + dialect.ForUpdate, ("@sitting", ballot.SittingId));
        var opened = tx.Connection.Execute(
            "UPDATE \"Ballots\" SET \"State\" = @open, \"OpenedAt\" = @now WHERE \"Id\" = @ballot AND \"State\" = @draft",
            ("@open", BallotState.Open.Wire()), ("@draft", BallotState.Draft.Wire()), ("@now", now), ("@ballot", ballotId));
        if (opened == 0) throw VenueErrors.BallotNotDraft();
        var present = AttendanceQuery.Get(tx.Db, ballot.SittingId);
        if (!present.QuorumMet)
            throw VenueErrors.QuorumNotMet(AttendanceQuery.Threshold(tx.Db.Sittings.Single(s => s.Id == ballot.SittingId)), present.Sentence);
        var issued = tx.Connection.Execute(
            """
            INSERT INTO "Issuances" ("BallotId", "DeputyId")
            SELECT @ballot, "Id" FROM "Deputies"
            WHERE "SittingId" = @sitting AND "Status" = @current AND "SignedInAt" IS NOT NULL AND "OnLeave" = FALSE
            """,
            ("@ballot", ballotId), ("@sitting", ballot.SittingId), ("@current", DeputyStatus.Current.Wire()));
        if (boxKey is not null) BoxSealing.SealAtOpen(tx, boxKey, ballot);
        AuditTrail.Record(tx, who, now, AuditAction.BallotOpened, $"开始表决“{ballot.Title}”，{present.Sentence}，发出表决票{issued}张",
            ballot.SittingId, ballotId);
        return issued;
    }

    /// <summary>
    /// Closes and counts: the sealed box is opened with the key in memory and rewritten as published (plain choices in
    /// the order of fresh random keys), and the scrutineers' wraps of its key are deleted, in the write that counts.
    /// A box whose key is not in memory (the server restarted mid-ballot) stays sealed: closing is refused.
    /// </summary>
    public async Task<BallotResultView> CloseAsync(int ballotId)
    {
        // Opening thousands of sealed rows takes a while: the rows already cast are opened before the write, so the
        // writer, which every cast and sign-in waits for, opens only those cast since.
        var opened = await BoxSealing.PreOpenAsync(db, ballotId, boxKeys.Find(ballotId));
        return await FinishAsync(ballotId, CountMethods.Electronic, AuditAction.BallotClosed, [BallotState.Open], VenueErrors.BallotNotOpen, (tx, ballot, _) =>
        {
            var key = boxKeys.Find(ballot.Id);
            if (ballot.BoxPublicKey is not null && key is null) throw VenueErrors.BoxSealed();
            var choices = BoxSealing.OpenBox(tx.Connection, ballot.Id, key, opened);
            var box = ReadCounts(tx.Connection, ballot, choices);
            ReshuffleBox(tx.Connection, ballot.Id, choices);
            BoxSealing.DeleteWraps(tx.Connection, ballot.Id);
            return (box, null);
        });
    }

    /// <summary>
    /// 人工计票: the vote went on on paper, so the hand-counted totals stand in for the box. A ballot that already holds
    /// electronic ballots is hand-counted only with the presidium's confirmation (docs/security.md); those ballots are
    /// kept in its box, uncounted, and the result's note says how many and why the hand count stands.
    /// </summary>
    public Task<BallotResultView> CloseWithHandCountAsync(int ballotId, HandCountRequest totals) =>
        FinishAsync(ballotId, CountMethods.ByHand, AuditAction.BallotHandCounted, [BallotState.Draft, BallotState.Open], VenueErrors.BallotNotDraft,
            (tx, ballot, now) =>
            {
                var note = NoteOf(totals);
                var electronic = tx.Connection.Scalar<long>(
                    "SELECT (SELECT COUNT(*) FROM \"BallotBox\" WHERE \"BallotId\" = @ballot) + (SELECT COUNT(*) FROM \"NamedVotes\" WHERE \"BallotId\" = @ballot)",
                    ("@ballot", ballot.Id));
                if (electronic > 0)
                {
                    var confirmation = Confirmations.Use(tx, now, ConfirmationAct.HandCount, ballot.SittingId, ballotId: ballot.Id);
                    // The kept ballots are published plain if the box key is in memory; a box still sealed stays
                    // sealed, with its wraps, and is never opened.
                    if (ballot.BoxPublicKey is null || boxKeys.Holds(ballot.Id))
                    {
                        ReshuffleBox(tx.Connection, ballot.Id, BoxSealing.OpenBox(tx.Connection, ballot.Id, boxKeys.Find(ballot.Id)));
                        BoxSealing.DeleteWraps(tx.Connection, ballot.Id);
                    }
                    note = string.Join("；", new[]
                    {
                        note, $"经主席团确认以人工计票结果为准（理由：{confirmation.Reason}），电子表决票{electronic}张予以保留，未计入本结果",
                    }.Where(n => n is not null));
                }
                var current = CurrentDeputies(tx.Connection, ballot);
                var box = new BoxContents(current, totals.Issued, HandCountBallots.Synthesize(ballot, totals, current));
                return (box, note);
            });

    private static string? NoteOf(HandCountRequest totals) =>
        totals.Note?.Trim() is { Length: > 0 } note ? note : null;

    private async Task<BallotResultView> FinishAsync(
        int ballotId, string countedBy, AuditAction action, BallotState[] fromStates, Func<VenueError> wrongState,
        Func<WriteTransaction, Ballot, DateTimeOffset, (BoxContents Box, string? Note)> count)
    {
        var ballot = await ballots.GetAsync(ballotId);
        var now = clock.GetUtcNow();
        var who = actor.Value;
        var result = await writer.WriteAsync(tx =>
        {
            var connection = tx.Connection;
            var dialect = StoreDialect.Of(connection);
            // The update locks the ballot's row until commit: a cast on another server (which reads the row FOR SHARE)
            // either committed before it, and is in the box counted below, or waits and then finds the ballot closed.
            var closed = connection.Execute(
                "UPDATE \"Ballots\" SET \"State\" = @closed, \"ClosedAt\" = @now WHERE \"Id\" = @ballot AND " + dialect.InList("\"State\"", "@from"),
                ("@closed", BallotState.Closed.Wire()), ("@now", now), ("@ballot", ballotId), ("@from", dialect.ListValue(fromStates.Select(s => s.Wire()))));
            if (closed == 0) throw wrongState();
            var previous = ballot.PreviousBallotId is { } earlier
                ? ResultStore.Read(connection.Scalar<string>("SELECT \"ResultJson\" FROM \"Ballots\" WHERE \"Id\" = @ballot", ("@ballot", earlier)))
                : null;
            var (box, note) = count(tx, ballot, now);
            var counted = ResultCalculator.Calculate(ballot, box, previous, now, countedBy, note);
            RewriteIssuances(connection, ballotId);
            var head = AuditTrail.Record(tx, who, now, action,
                $"{(action == AuditAction.BallotHandCounted ? "以人工计票结果结束" : "结束")}表决“{ballot.Title}”：{counted.Announcement}", ballot.SittingId, ballotId);
            // The chain's head and the box root go into the count record the scrutineers sign and the notice.
            return BoxRecord.Commit(connection, counted, head);
        });
        // The count has committed: the box is plain and its wraps are gone (or, hand-counted while sealed, it stays
        // sealed for good), so the key is no longer needed by anyone.
        boxKeys.Destroy(ballotId);
        if (!await wal.TruncateAsync()) LogWalNotTruncated(ballotId);
        LogClosed(ballotId, countedBy, result.Issued, result.Returned);
        audience.Post(ballot.SittingId, nameof(IVenueClient.BallotClosed), client => client.BallotClosed(result));
        live.ProgressChanged(ballot.SittingId);
        return result;
    }

    private static int CurrentDeputies(DbConnection connection, Ballot ballot) => connection.Scalar<int>(
        "SELECT COUNT(*) FROM \"Deputies\" WHERE \"SittingId\" = @sitting AND \"Status\" = @current",
        ("@sitting", ballot.SittingId), ("@current", DeputyStatus.Current.Wire()));

    private static BoxContents ReadCounts(DbConnection connection, Ballot ballot, IReadOnlyList<string> box) => new(
        CurrentDeputies: CurrentDeputies(connection, ballot),
        Issued: connection.Scalar<int>("SELECT COUNT(*) FROM \"Issuances\" WHERE \"BallotId\" = @ballot", ("@ballot", ballot.Id)),
        Choices: [.. box, .. connection.Query("SELECT \"Choices\" FROM \"NamedVotes\" WHERE \"BallotId\" = @ballot", r => r.GetString(0), ("@ballot", ballot.Id))]);

    /// <summary>
    /// Rewrites the box, as published, in the order of fresh random keys. Where a row sits inside a database page
    /// follows the order it was written in; after this it follows nothing (secure_delete zeroes the old cells).
    /// </summary>
    private static void ReshuffleBox(DbConnection connection, int ballotId, IReadOnlyList<string> choices)
    {
        connection.Execute("DELETE FROM \"BallotBox\" WHERE \"BallotId\" = @ballot", ("@ballot", ballotId));
        foreach (var (key, choice) in choices.Select(c => (Key: RandomNumberGenerator.GetBytes(16), c)).OrderBy(x => x.Key, ByteOrder.Instance))
        {
            connection.Execute("INSERT INTO \"BallotBox\" (\"BallotId\", \"BoxKey\", \"Choices\") VALUES (@ballot, @key, @choices)",
                ("@ballot", ballotId), ("@key", key), ("@choices", choice));
        }
    }

    /// <summary>
    /// Rewrites the ballot's issuance rows in the order of the deputies. Until now a row sat where its cast last
    /// rewrote it, so the order of the rows inside their pages followed the order of casting.
    /// </summary>
    private static void RewriteIssuances(DbConnection connection, int ballotId)
    {
        var rows = connection.Query("SELECT \"DeputyId\", \"CastId\", \"TrackingCode\" FROM \"Issuances\" WHERE \"BallotId\" = @ballot ORDER BY \"DeputyId\"",
            r => (Deputy: r.GetInt32(0), Cast: r.IsDBNull(1) ? null : r.GetString(1), Tracking: r.IsDBNull(2) ? null : r.GetString(2)),
            ("@ballot", ballotId));
        connection.Execute("DELETE FROM \"Issuances\" WHERE \"BallotId\" = @ballot", ("@ballot", ballotId));
        foreach (var (deputy, cast, tracking) in rows)
        {
            connection.Execute("INSERT INTO \"Issuances\" (\"BallotId\", \"DeputyId\", \"CastId\", \"TrackingCode\") VALUES (@ballot, @deputy, @cast, @tracking)",
                ("@ballot", ballotId), ("@deputy", deputy), ("@cast", cast), ("@tracking", tracking));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ballot {BallotId} opened with {Issued} ballots issued")]
    private partial void LogOpened(int ballotId, int issued);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ballot {BallotId} closed, counted {CountedBy}: {Issued} issued, {Returned} returned")]
    private partial void LogClosed(int ballotId, string countedBy, int issued, int returned);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The WAL could not be truncated after closing ballot {BallotId}")]
    private partial void LogWalNotTruncated(int ballotId);

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
