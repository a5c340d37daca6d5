using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A notice's PDF and XLSX, rendered once: at publication, from the document being published, before the write that
/// stores them with the notice; for a notice published before files were stored, at its first download. Downloads
/// then serve the stored bytes, so many at once cost reads, not renders.
/// </summary>
public sealed class NoticeFiles(VenueDbContext db, GroupCommitWriter writer)
{
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["pdf"] = "application/pdf",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>Renders every download of <paramref name="document"/>; CPU work, kept out of the writer.</summary>
    public static IReadOnlyList<NoticeFile> Render(NoticeDocument document) =>
        [File("pdf", NoticePdf.Render(document)), File("xlsx", NoticeXlsx.Render(document))];

    /// <summary>Stores the files of a notice inside a write; any already stored (by a racing download) stay as they are.</summary>
    public static void Store(WriteTransaction tx, int noticeId, IReadOnlyList<NoticeFile> files)
    {
        var stored = tx.Db.NoticeFiles.Where(f => f.NoticeId == noticeId).Select(f => f.Format).ToList();
        foreach (var file in files.Where(f => !stored.Contains(f.Format)))
        {
            tx.Db.NoticeFiles.Add(new NoticeFile { NoticeId = noticeId, Format = file.Format, Content = file.Content, Sha256 = file.Sha256 });
        }
        tx.Save();
    }

    /// <summary>The stored file; for a notice that has none yet, rendered and stored first.</summary>
    public async Task<NoticeFile> GetAsync(int sittingId, int number, string format)
    {
        var stored = await db.NoticeFiles.AsNoTracking()
            .Where(f => f.Format == format && db.Notices.Any(n => n.Id == f.NoticeId && n.SittingId == sittingId && n.Number == number))
            .SingleOrDefaultAsync();
        if (stored is not null) return stored;
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.SittingId == sittingId && n.Number == number)
            ?? throw VenueErrors.NotFound($"第{number}号公告");
        var rendered = Render(notice.Document());
        return await writer.WriteAsync(tx =>
        {
            Store(tx, notice.Id, rendered);
            return tx.Db.NoticeFiles.AsNoTracking().Single(f => f.NoticeId == notice.Id && f.Format == format);
        });
    }

    private static NoticeFile File(string format, byte[] content) =>
        new() { Format = format, Content = content, Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)) };
}
