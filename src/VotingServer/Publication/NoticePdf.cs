using PdfSharp.Pdf;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A notice as an A4 PDF laid out as an official 公告: the title (会议名称, 公告, （第N号）), the formal opening, the
/// figures and result stated once, the table of every item's counts (figures right-aligned), how it was counted and
/// who certified it, 「特此公告。」, then the issuer and the date in Chinese right-aligned with room for the seal, and
/// left of them a small framed block (校验信息) with the box root, the audit head and the key fingerprints (first 16
/// digits; the JSON and the workbook have them whole). The record's and the chain's full hashes are the last, small
/// lines. The text is real text in an embedded CJK font subset, so it can be searched
/// and copied; lines break by the rules of Chinese typesetting (<see cref="LineBreaker"/>).
/// </summary>
public static class NoticePdf
{
    private const double Body = 15, Small = 11;

    /// <summary>A notice's table: 11 pt, or smaller when it is wide (an appraisal's rates and grades).</summary>
    private static readonly PdfTableStyle TableStyle = new([Small, 10, 9, 8, 7.5], WordChars: 9, NameChars: 7, WrapHeaders: true);

    public static byte[] Render(NoticeDocument notice)
    {
        CjkFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{notice.SittingName} 公告 第{notice.Number}号";
        document.Info.CreationDate = notice.PublishedAt.UtcDateTime;
        var page = new PdfPageWriter(document, PageLayout.Notice);
        var result = notice.Result;
        page.Centered(notice.SittingName, 20, bold: true);
        page.Centered("公　告", 26, bold: true);
        page.Centered($"（第{notice.Number}号）", 15);
        page.Gap(16);
        page.Paragraph(NoticeWording.Opening(notice), Body, indent: true);
        page.Paragraph(NoticeWording.Result(result), Body, indent: true);
        page.Gap(4);
        page.Table(NoticeTable.Of(result).ForPdf(), TableStyle);
        page.Gap(8);
        foreach (var line in NoticeWording.Certification(notice)) page.Paragraph(line, Small, indent: true);
        page.Gap(6);
        // 「特此公告。」 and the 落款 stay together on one page.
        var checks = NoticeWording.Checks(notice);
        page.Keep(Body * 1.75 * 3 + 90 + Math.Max(0, checks.Count * 8.5 * 1.5 + 8 - 100));
        page.Paragraph("特此公告。", Body, indent: true);
        page.Closing(NoticeWording.Issuer(notice), ChinaTime.OfficialDate(notice.PublishedAt), Body, checks, 8.5);
        // The block above gives the first digits, to compare by eye with the big screen and the credential sheet; the
        // footer gives the whole values, to compare exactly with the JSON document and the publication bundle.
        page.Paragraph($"计票记录校验值（SHA-256）：{notice.RecordSha256}", 7.5);
        if (notice.BoxRoot is { } root) page.Paragraph($"票箱校验值（SHA-256）：{root}", 7.5);
        if (notice.AuditHead is { } head) page.Paragraph($"操作记录校验值（SHA-256）：{head}", 7.5);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
