using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// Published notices are public: the list, each notice as JSON (exactly as published), PDF and XLSX, its publication
/// bundle for the offline verifier (docs/verification.md), and a page.
/// </summary>
public static class NoticesApi
{
    /// <summary>The page's one style block, allowed by its hash in the content security policy; the rest is base.css.</summary>
    public const string Style = """
        .notices-page main { max-width: 960px; margin: 0 auto; padding: 1.2em 1.2em 3em; }
        .notices-page h2 { margin-top: 1.4em; }
        .notices-page ol { list-style: none; padding: 0; margin: 0; display: grid; gap: .8em; }
        .notices-page li { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: .9em 1.1em; }
        .notices-page .title { font-size: 1.15rem; font-weight: bold; margin: 0 0 .2em; overflow-wrap: anywhere; }
        .notices-page .meta { color: var(--muted); margin: 0 0 .6em; }
        .notices-page .links { display: flex; flex-wrap: wrap; gap: .6em; }
        .notices-page .topbar { display: flex; align-items: center; gap: 1em; padding: .7em 1.2em; background: var(--red); color: #fff; }
        .notices-page .topbar a { color: #fff; }
        .notices-page .topbar h1 { margin: 0; font-size: 1.5rem; }
        .notices-page .empty { color: var(--muted); }
        .notices-page .checks { display: flex; flex-wrap: wrap; gap: .1em 1.4em; margin: 0 0 .6em; padding: 0; list-style: none;
          font-size: .85rem; color: var(--muted); }
        .notices-page .checks li { background: none; border: 0; border-radius: 0; padding: 0; }
        .notices-page .checks .value { white-space: nowrap; font-variant-numeric: tabular-nums; }
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
        app.MapGet("/api/ballots/{ballotId:int}/notice-preview", (int ballotId, NoticePublisher publisher) =>
            TypedResults.Ok(NoticeWording.Preview(publisher.Preview(ballotId)))).RequireRole(Role.Secretariat);
        app.MapGet("/notices/{sittingId:int}/{number:int}.pdf", (int sittingId, int number, bool? download, NoticeFiles files, HttpResponse response) =>
            DownloadAsync(files, response, sittingId, number, "pdf", inline: download != true));
        app.MapGet("/notices/{sittingId:int}/{number:int}.xlsx", (int sittingId, int number, NoticeFiles files, HttpResponse response) =>
            DownloadAsync(files, response, sittingId, number, "xlsx"));
        app.MapGet("/notices/{sittingId:int}/{number:int}.bundle.json", async (int sittingId, int number, NoticeBundles bundles, HttpResponse response) =>
        {
            response.Headers.ContentDisposition = $"attachment; filename=notice-{sittingId}-{number}.bundle.json";
            return TypedResults.Text(await bundles.JsonAsync(sittingId, number), "application/json", Encoding.UTF8);
        });
        app.MapGet("/notices", Page);
        return app;
    }

    private static async Task<Notice> FindAsync(VenueDbContext db, int sittingId, int number) =>
        await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.SittingId == sittingId && n.Number == number)
        ?? throw VenueErrors.NotFound($"第{number}号公告");

    /// <summary>
    /// The stored bytes, with their SHA-256 as the ETag: a published notice never changes, so caches may keep it and
    /// a client that has it gets 304 Not Modified. A PDF opens in the browser (Content-Disposition inline) unless
    /// ?download=true asks to save it.
    /// </summary>
    private static async Task<FileContentHttpResult> DownloadAsync(
        NoticeFiles files, HttpResponse response, int sittingId, int number, string format, bool inline = false)
    {
        var file = await files.GetAsync(sittingId, number, format);
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        var name = $"notice-{sittingId}-{number}.{format}";
        var tag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\"");
        if (!inline) return TypedResults.File(file.Content, NoticeFiles.ContentTypes[format], name, entityTag: tag);
        response.Headers.ContentDisposition = $"inline; filename={name}";
        return TypedResults.File(file.Content, NoticeFiles.ContentTypes[format], entityTag: tag);
    }

    /// <summary>
    /// The public list of published notices, by sitting, newest sitting first: each notice's title, number and time,
    /// its certification block (box root, audit head, key fingerprints), a link that opens its PDF in the browser, and
    /// downloads of the PDF and the Excel workbook.
    /// </summary>
    private static async Task<ContentHttpResult> Page(VenueDbContext db)
    {
        var sittings = await db.Sittings.AsNoTracking().OrderByDescending(s => s.Id).ToListAsync();
        var notices = (await db.Notices.AsNoTracking().OrderBy(n => n.Number).ToListAsync()).ToLookup(n => n.SittingId);
        var html = new StringBuilder($"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>表决结果公告</title><link rel="stylesheet" href="/css/base.css"><style>{Style}</style></head>
            <body class="notices-page"><header class="topbar"><a href="/">电子表决系统</a><h1>表决结果公告</h1></header><main>
            """);
        foreach (var sitting in sittings.Where(s => notices[s.Id].Any()))
        {
            // One block per sitting, not a landmark: two sittings may share a name, and landmarks must be told apart.
            html.Append($"""<div class="sitting" data-sitting="{sitting.Id}"><h2>{E(sitting.Name)}</h2><ol>""");
            foreach (var notice in notices[sitting.Id])
            {
                var document = notice.Document();
                var view = notice.ToView(document.Result.Title);
                var label = $"公告 第{view.Number}号";
                var checks = NoticeWording.Checks(document) is { Count: > 0 } lines
                    ? $"""<ul class="checks" aria-label="校验信息（{label}）">{string.Concat(lines.Select(Check))}</ul>"""
                    : "";
                html.Append($"""
                    <li data-number="{view.Number}"><p class="title">{label}：{E(view.Title)}</p>
                    <p class="meta">发布时间：{ChinaTime.Format(view.PublishedAt)}</p>{checks}<p class="links">
                    <a class="button primary" href="{view.PdfUrl}" target="_blank" rel="noopener" aria-label="查看公告（{label}，PDF）">查看公告</a>
                    <a class="button" href="{view.PdfUrl}?download=true" download aria-label="下载 PDF（{label}）">下载 PDF</a>
                    <a class="button" href="{view.XlsxUrl}" download aria-label="下载 Excel（{label}）">下载 Excel</a>
                    <a class="button" href="{view.BundleUrl}" download aria-label="下载数据包（{label}，供离线核验）">下载数据包</a></p></li>
                    """);
            }
            html.Append("</ol></div>");
        }
        if (!notices.Any()) html.Append("""<p class="empty">尚未发布公告。</p>""");
        html.Append("</main></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>「票箱校验值：1a2b 3c4d 5e6f 7a8b」 with the digits kept on one line.</summary>
    private static string Check(string line)
    {
        var colon = line.IndexOf('：');
        return $"""<li>{E(line[..(colon + 1)])}<span class="value">{E(line[(colon + 1)..])}</span></li>""";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
