using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Sittings;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// The secretariat publishes a count record once every designated scrutineer has signed it: a notice numbered per
/// sitting (公告 第N号), whose JSON document is written once and kept as published, with its SHA-256.
/// </summary>
public sealed partial class NoticePublisher(
    GroupCommitWriter writer, TimeProvider clock, CurrentActor actor, ILogger<NoticePublisher> logger)
{
    /// <summary>
    /// Publishes the ballot's count record. Whether it is complete and not yet published, and the next number, are
    /// read in the same write that adds the notice; the database keeps one notice per ballot and per number.
    /// </summary>
    public async Task<NoticeView> PublishAsync(int ballotId)
    {
        var notice = await writer.WriteAsync(tx =>
        {
            var record = CountRecords.Get(tx.Db, ballotId);
            if (record.NoticeNumber is { } published) throw VenueErrors.AlreadyPublished(published);
            if (!record.Complete)
                throw VenueErrors.SignaturesMissing(record.AwaitingSignatures.Count > 0 ? string.Join("、", record.AwaitingSignatures) : "本次会议尚未指定监票人");
            var sittingId = record.Result.SittingId;
            var sitting = tx.Db.Sittings.AsNoTracking().Single(s => s.Id == sittingId);
            var tellers = tx.Db.CountingStaff.Where(s => s.SittingId == sittingId && s.Role == CountingRole.Teller)
                .OrderBy(s => s.Id).Select(s => s.Name).ToList();
            var number = (tx.Db.Notices.Where(n => n.SittingId == sittingId).Max(n => (int?)n.Number) ?? 0) + 1;
            var document = new NoticeDocument(
                sittingId, sitting.Name, number, $"公告 第{number}号", clock.GetUtcNow(), record.Result, record.Signatures, tellers, record.RecordSha256,
                record.ConfirmedActs);
            var json = JsonSerializer.Serialize(document, ResultStore.Json);
            var added = new Notice
            {
                SittingId = sittingId, Number = number, BallotId = ballotId, PublishedAt = document.PublishedAt,
                DocumentJson = json, Sha256 = CountRecords.Sha256(json),
            };
            tx.Db.Notices.Add(added);
            tx.Save();
            AuditTrail.Record(tx, actor.Value, document.PublishedAt, AuditAction.NoticePublished,
                $"发布公告第{number}号：“{document.Result.Title}”，校验值 {added.Sha256}", sittingId, ballotId);
            return (Notice: added, document.Result.Title);
        });
        LogPublished(notice.Notice.SittingId, notice.Notice.Number, ballotId);
        return notice.Notice.ToView(notice.Title);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sitting {SittingId} published notice {Number} for ballot {BallotId}")]
    private partial void LogPublished(int sittingId, int number, int ballotId);
}

public static class NoticeMapping
{
    public static NoticeView ToView(this Notice notice, string title)
    {
        var path = $"/notices/{notice.SittingId}/{notice.Number}";
        return new NoticeView(notice.SittingId, notice.Number, notice.BallotId, title, notice.PublishedAt, notice.Sha256,
            path + ".json", path + ".pdf", path + ".xlsx");
    }

    public static NoticeDocument Document(this Notice notice) =>
        JsonSerializer.Deserialize<NoticeDocument>(notice.DocumentJson, ResultStore.Json)!;
}
