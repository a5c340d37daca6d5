using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>Published notices are public: the list, each notice as JSON (exactly as published), PDF and XLSX, and a page.</summary>
public static class NoticesApi
{
    /// <summary>The page's one style block, allowed by its hash in the content security policy.</summary>
    public const string Style = """
        body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 18px; margin: 2em; color: #111; }
        h1 { font-size: 28px; } h2 { font-size: 22px; margin-top: 1.5em; } li { margin: .6em 0; }
        a { color: #0b4f9c; padding: .3em .4em; } .empty { color: #555; }
        """;

    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ballots/{ballotId:int}/publish", async (int ballotId, NoticePublisher publisher) =>
            TypedResults.Ok(await publisher.PublishAsync(ballotId))).RequireRole(Role.Secretariat);
        app.MapGet("/api/sittings/{sittingId:int}/notices", async (int sittingId, VenueDbContext db) =>
            TypedResults.Ok((await db.Notices.AsNoTracking().Where(n => n.SittingId == sittingId).OrderBy(n => n.Number).ToListAsync())
                .Select(n => n.ToView(n.Document().Result.Title)).ToList()));
        app.MapGet("/notices/{sittingId:int}/{number:int}.json", async (int sittingId, int number, VenueDbContext db) =>
            TypedResults.Text((await FindAsync(db, sittingId, number)).DocumentJson, "application/json", Encoding.UTF8));
        app.MapGet("/notices/{sittingId:int}/{number:int}.pdf", (int sittingId, int number, NoticeFiles files, HttpResponse response) =>
            DownloadAsync(files, response, sittingId, number, "pdf"));
        app.MapGet("/notices/{sittingId:int}/{number:int}.xlsx", (int sittingId, int number, NoticeFiles files, HttpResponse response) =>
            DownloadAsync(files, response, sittingId, number, "xlsx"));
        app.MapGet("/notices", Page);
        return app;
    }

    private static async Task<Notice> FindAsync(VenueDbContext db, int sittingId, int number) =>
        await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.SittingId == sittingId && n.Number == number)
        ?? throw VenueErrors.NotFound($"第{number}号公告");

    /// <summary>
    /// The stored bytes, with their SHA-256 as the ETag: a published notice never changes, so caches may keep it and
    /// a client that has it gets 304 Not Modified.
    /// </summary>
    private static async Task<FileContentHttpResult> DownloadAsync(
        NoticeFiles files, HttpResponse response, int sittingId, int number, string format)
    {
        var file = await files.GetAsync(sittingId, number, format);
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.File(file.Content, NoticeFiles.ContentTypes[format], $"notice-{sittingId}-{number}.{format}",
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    /// <summary>The public list of published notices, by sitting, newest sitting first.</summary>
    private static async Task<ContentHttpResult> Page(VenueDbContext db)
    {
        var sittings = await db.Sittings.AsNoTracking().OrderByDescending(s => s.Id).ToListAsync();
        var notices = (await db.Notices.AsNoTracking().OrderBy(n => n.Number).ToListAsync()).ToLookup(n => n.SittingId);
        var html = new StringBuilder($"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>表决结果公告</title><style>{Style}</style></head><body><h1>表决结果公告</h1>
            """);
        foreach (var sitting in sittings.Where(s => notices[s.Id].Any()))
        {
            html.Append($"<h2>{E(sitting.Name)}</h2><ul>");
            foreach (var notice in notices[sitting.Id])
            {
                var view = notice.ToView(notice.Document().Result.Title);
                html.Append($"""<li data-number="{view.Number}">公告 第{view.Number}号 · {E(view.Title)} · {ChinaTime.Format(view.PublishedAt)} """);
                html.Append($"""<a href="{view.PdfUrl}">PDF</a> <a href="{view.XlsxUrl}">Excel</a> <a href="{view.JsonUrl}">JSON</a></li>""");
            }
            html.Append("</ul>");
        }
        if (!notices.Any()) html.Append("""<p class="empty">尚未发布公告。</p>""");
        html.Append("</body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
