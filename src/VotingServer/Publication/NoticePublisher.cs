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
/// sitting (公告 第N号), whose JSON document is written once and kept as published, with its SHA-256, its PDF and
/// its XLSX. The server signs the JSON document with its key (<see cref="ServerSigningKey"/>) at publication; the
/// document names the key's fingerprint, the box root and the audit head, so the signature covers them.
/// </summary>
public sealed partial class NoticePublisher(
    VenueDbContext db, GroupCommitWriter writer, TimeProvider clock, CurrentActor actor, IConfiguration configuration,
    ServerSigningKey serverKey, ILogger<NoticePublisher> logger)
{
    private const int Attempts = 3;

    /// <summary>The 落款 the venue sets (Notices:Issuer), else 大会主席团.</summary>
    private string Issuer => configuration["Notices:Issuer"] is { Length: > 0 } named ? named.Trim() : NoticeWording.DefaultIssuer;

    /// <summary>The notice the count record would be published as now, without publishing it.</summary>
    public NoticeDocument Preview(int ballotId) => Draft(db, ballotId, clock.GetUtcNow(), Issuer, serverKey.Fingerprint).Document;

    /// <summary>
    /// Publishes the ballot's count record. The notice is drafted and rendered outside the writer, so that the
    /// rendering never holds up casts; the write drafts it again from what it reads and stores it only if the two are
    /// the same (still complete, unpublished, the same number and signatures), else drafts and renders anew.
    /// </summary>
    public async Task<NoticeView> PublishAsync(int ballotId)
    {
        for (var attempt = 1; ; attempt++)
        {
            var draft = Draft(db, ballotId, clock.GetUtcNow(), Issuer, serverKey.Fingerprint);
            var files = NoticeFiles.Render(draft.Document);
            var signature = serverKey.Sign(draft.Json);
            try
            {
                var notice = await writer.WriteAsync(tx => Store(tx, ballotId, draft, signature, files, actor.Value));
                LogPublished(notice.SittingId, notice.Number, ballotId);
                return notice.ToView(draft.Document.Result.Title);
            }
            catch (VenueError changed) when (changed.Code == ErrorCodes.Conflict && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static Notice Store(WriteTransaction tx, int ballotId, Drafted draft, string signature, IReadOnlyList<NoticeFile> files, Actor who)
    {
        var again = Draft(tx.Db, ballotId, draft.Document.PublishedAt, draft.Document.Issuer!, draft.Document.ServerKeyFingerprint!);
        if (again.Json != draft.Json) throw VenueErrors.Conflict();
        var notice = new Notice
        {
            SittingId = draft.Document.SittingId, Number = draft.Document.Number, BallotId = ballotId,
            PublishedAt = draft.Document.PublishedAt, DocumentJson = draft.Json, Sha256 = CountRecords.Sha256(draft.Json),
            ServerSignature = signature,
        };
        tx.Db.Notices.Add(notice);
        tx.Save();
        NoticeFiles.Store(tx, notice.Id, files);
        AuditTrail.Record(tx, who, notice.PublishedAt, AuditAction.NoticePublished,
            $"发布公告第{notice.Number}号：“{draft.Document.Result.Title}”，校验值 {notice.Sha256}", notice.SittingId, ballotId);
        return notice;
    }

    /// <summary>The notice the count record would be published as now, or the refusal to publish it.</summary>
    private static Drafted Draft(VenueDbContext db, int ballotId, DateTimeOffset now, string issuer, string serverKeyFingerprint)
    {
        var record = CountRecords.Get(db, ballotId);
        if (record.NoticeNumber is { } published) throw VenueErrors.AlreadyPublished(published);
        if (!record.Complete)
            throw VenueErrors.SignaturesMissing(record.AwaitingSignatures.Count > 0 ? string.Join("、", record.AwaitingSignatures) : "本次会议尚未指定监票人");
        var sittingId = record.Result.SittingId;
        var sitting = db.Sittings.AsNoTracking().Single(s => s.Id == sittingId);
        var tellers = db.CountingStaff.AsNoTracking().Where(s => s.SittingId == sittingId && s.Role == CountingRole.Teller)
            .OrderBy(s => s.Id).Select(s => s.Name).ToList();
        var number = NoticeNumbering.Next(db, sittingId, ballotId);
        var document = new NoticeDocument(
            sittingId, sitting.Name, number, $"公告 第{number}号", now, record.Result, record.Signatures, tellers, record.RecordSha256,
            record.ConfirmedActs, issuer, record.AuditHead, record.Result.BoxRoot, serverKeyFingerprint);
        return new Drafted(document, JsonSerializer.Serialize(document, ResultStore.Json));
    }

    private sealed record Drafted(NoticeDocument Document, string Json);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sitting {SittingId} published notice {Number} for ballot {BallotId}")]
    private partial void LogPublished(int sittingId, int number, int ballotId);
}

public static class NoticeMapping
{
    public static NoticeView ToView(this Notice notice, string title)
    {
        var path = $"/notices/{notice.SittingId}/{notice.Number}";
        return new NoticeView(notice.SittingId, notice.Number, notice.BallotId, title, notice.PublishedAt, notice.Sha256,
            path + ".json", path + ".pdf", path + ".xlsx", path + ".bundle.json", notice.ServerSignature);
    }

    public static NoticeDocument Document(this Notice notice) =>
        JsonSerializer.Deserialize<NoticeDocument>(notice.DocumentJson, ResultStore.Json)!;
}
