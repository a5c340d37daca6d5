using System.Data.Common;
using System.Collections.Concurrent;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Duties;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Attendance;

/// <summary>
/// Records a deputy's sign-in (签到) the first time their tablet connects. Signing in clears a leave mark
/// (the deputy came after all) and issues the deputy a ballot for every ballot already open.
/// </summary>
public sealed partial class SignInRegister(GroupCommitWriter writer, LiveUpdates live, TimeProvider clock, ILogger<SignInRegister> logger)
{
    // Deputies known to be signed in, so reconnects do not queue a write.
    private readonly ConcurrentDictionary<int, byte> signedIn = new();

    /// <summary>
    /// A deputy's tablet connected with the deputy's own credential: the sitting's, or the personal one where the
    /// sitting accepts it (<paramref name="personal"/>, said in the audit record). Either signs the same deputy in once.
    /// </summary>
    public Task SignInAsync(int deputyId, int sittingId, Actor actor, bool personal = false) =>
        SignInAsync(deputyId, sittingId, (tx, now) =>
        {
            if (!SignIn(tx, deputyId, sittingId, now, SignInSource.Tablet)) return false;
            AuditTrail.Record(tx, actor, now, AuditAction.SignedIn, personal ? "代表以个人代表证在平板上签到" : "代表在平板上签到", sittingId);
            return true;
        });

    /// <summary>
    /// 补签到 by the secretariat when a deputy's tablet failed. While a ballot the deputy has not returned is open,
    /// it needs the presidium's confirmation (docs/security.md): the sign-in would issue that ballot.
    /// </summary>
    public Task SignInByHandAsync(int deputyId, int sittingId, string deputyLabel, Actor actor) =>
        SignInAsync(deputyId, sittingId, (tx, now) =>
        {
            var confirmed = tx.Connection.Scalar<bool>("SELECT \"SignedInAt\" IS NULL FROM \"Deputies\" WHERE \"Id\" = @deputy", ("@deputy", deputyId))
                && Confirmations.HasUnreturnedOpenBallot(tx, deputyId, sittingId)
                    ? Confirmations.Use(tx, now, ConfirmationAct.HandSignIn, sittingId, deputyId: deputyId)
                    : null;
            if (!SignIn(tx, deputyId, sittingId, now, SignInSource.Hand)) return false;
            AuditTrail.Record(tx, actor, now, AuditAction.SignedInByHand,
                $"为{deputyLabel}补签到" + (confirmed is null ? "" : $"（表决进行中，经主席团{confirmed.DecidedByName}确认）"), sittingId);
            return true;
        });

    private async Task SignInAsync(int deputyId, int sittingId, Func<WriteTransaction, DateTimeOffset, bool> write)
    {
        if (signedIn.ContainsKey(deputyId)) return;
        var now = clock.GetUtcNow();
        var isNew = await writer.WriteAsync(tx => write(tx, now));
        signedIn.TryAdd(deputyId, 0);
        if (!isNew) return;
        LogSignedIn(sittingId);
        live.AttendanceChanged(sittingId);
        live.ProgressChanged(sittingId);
    }

    /// <summary>Signs the deputy in and issues the open ballots; false when signed in already.</summary>
    private static bool SignIn(WriteTransaction tx, int deputyId, int sittingId, DateTimeOffset now, SignInSource source)
    {
        var connection = tx.Connection;
        var changed = connection.Execute(
            """
            UPDATE "Deputies" SET "SignedInAt" = @now, "SignInSource" = @source, "OnLeave" = FALSE
            WHERE "Id" = @deputy AND "SignedInAt" IS NULL AND "Status" = @current
            """,
            ("@now", now), ("@source", source.Wire()), ("@deputy", deputyId), ("@current", DeputyStatus.Current.Wire()));
        if (changed == 0)
        {
            // Signed in already, or no longer a current deputy (a roster change may have come first).
            return connection.Scalar<string>("SELECT \"Status\" FROM \"Deputies\" WHERE \"Id\" = @deputy", ("@deputy", deputyId))
                == DeputyStatus.Current.Wire() ? false : throw VenueErrors.DeputyNotCurrent();
        }
        IssueOpenBallots(connection, deputyId, sittingId);
        return true;
    }

    /// <summary>
    /// 取消签到 by the secretariat: a sign-in recorded by mistake (a double click, the wrong row) is taken back, and
    /// the deputy is 未签到 again. Refused once the deputy holds a ballot of an open ballot or has voted in any: the
    /// sign-in then already counts in 应投 or in a count, and taking it back would change what was issued. False
    /// when the deputy was not signed in.
    /// </summary>
    public async Task<bool> UndoSignInAsync(int deputyId, int sittingId, string deputyLabel, Actor actor)
    {
        var now = clock.GetUtcNow();
        var undone = await writer.WriteAsync(tx =>
        {
            var connection = tx.Connection;
            // An opening on another server would issue the deputy a ballot the check below does not see yet.
            ShareSitting(connection, sittingId);
            var issued = connection.Scalar<bool>(
                """
                SELECT EXISTS (SELECT 1 FROM "Issuances" i JOIN "Ballots" b ON b."Id" = i."BallotId"
                    WHERE i."DeputyId" = @deputy AND (b."State" = @open OR i."CastId" IS NOT NULL))
                """,
                ("@deputy", deputyId), ("@open", BallotState.Open.Wire()));
            var signedInBefore = connection.Scalar<bool>(
                "SELECT \"SignedInAt\" IS NOT NULL FROM \"Deputies\" WHERE \"Id\" = @deputy", ("@deputy", deputyId));
            if (!signedInBefore) return false;
            if (issued) throw VenueErrors.SignInNotUndoable(deputyLabel);
            connection.Execute(
                "UPDATE \"Deputies\" SET \"SignedInAt\" = NULL, \"SignInSource\" = NULL WHERE \"Id\" = @deputy", ("@deputy", deputyId));
            AuditTrail.Record(tx, actor, now, AuditAction.SignInUndone, $"取消{deputyLabel}的签到", sittingId);
            return true;
        });
        // The deputy's own tablet signs them in again the next time it connects.
        signedIn.TryRemove(deputyId, out _);
        if (!undone) return false;
        live.AttendanceChanged(sittingId);
        live.ProgressChanged(sittingId);
        return true;
    }

    /// <summary>
    /// Leave marked by the secretariat (请假), before or during the sitting. A signed-in deputy who comes back from
    /// leave is present again and, like a late arrival, is issued every ballot already open.
    /// </summary>
    public async Task SetLeaveAsync(int deputyId, int sittingId, bool onLeave, string deputyLabel, Actor actor)
    {
        var now = clock.GetUtcNow();
        await writer.WriteAsync(tx =>
        {
            var connection = tx.Connection;
            var changed = connection.Execute(
                "UPDATE \"Deputies\" SET \"OnLeave\" = @leave WHERE \"Id\" = @deputy AND \"OnLeave\" <> @leave", ("@leave", onLeave), ("@deputy", deputyId));
            if (changed == 1 && !onLeave && connection.Scalar<string>("SELECT \"SignedInAt\" FROM \"Deputies\" WHERE \"Id\" = @deputy", ("@deputy", deputyId)) is not null)
                IssueOpenBallots(connection, deputyId, sittingId);
            if (changed == 1)
                AuditTrail.Record(tx, actor, now, AuditAction.LeaveRecorded, onLeave ? $"{deputyLabel}请假" : $"撤销{deputyLabel}的请假", sittingId);
            return changed;
        });
        live.AttendanceChanged(sittingId);
        live.ProgressChanged(sittingId);
    }

    /// <summary>
    /// Issues the deputy a ballot for every ballot open now. On PostgreSQL the sitting's row is read FOR SHARE first,
    /// and opening a ballot takes it FOR UPDATE: a sign-in on one server and an opening on another follow one another,
    /// so the later sees the earlier and the deputy is issued the ballot exactly once. The open ballots are read FOR
    /// SHARE too, so a ballot being closed elsewhere is not issued after its count.
    /// </summary>
    private static void IssueOpenBallots(DbConnection connection, int deputyId, int sittingId)
    {
        var dialect = StoreDialect.Of(connection);
        ShareSitting(connection, sittingId);
        connection.Execute(
            $"""
            INSERT INTO "Issuances" ("BallotId", "DeputyId")
            SELECT "Id", @deputy FROM "Ballots" WHERE "SittingId" = @sitting AND "State" = @open{dialect.ForShare}
            ON CONFLICT ("BallotId", "DeputyId") DO NOTHING
            """,
            ("@deputy", deputyId), ("@sitting", sittingId), ("@open", BallotState.Open.Wire()));
    }

    /// <summary>The sitting's row FOR SHARE until commit (PostgreSQL): opening a ballot takes it FOR UPDATE before issuing.</summary>
    private static void ShareSitting(DbConnection connection, int sittingId)
    {
        var dialect = StoreDialect.Of(connection);
        if (dialect.ForShare.Length > 0)
            connection.Execute("SELECT 1 FROM \"Sittings\" WHERE \"Id\" = @sitting" + dialect.ForShare, ("@sitting", sittingId));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A deputy of sitting {SittingId} signed in")]
    private partial void LogSignedIn(int sittingId);
}
