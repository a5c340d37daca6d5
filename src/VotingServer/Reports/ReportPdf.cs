using PdfSharp.Pdf;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Reports;

/// <summary>
/// A report as an A4 PDF in the layout of an official document (GB/T 9704): type area 156 × 225 mm, 37 mm from the top
/// and 28 mm from the binding edge; the title centred, bold, 22 pt (二号); the line under it and the body 16 pt (三号),
/// paragraphs indented two characters; the headings 一、二、… bold; 「特此报告。」, then the issuer and the date
/// (2027年12月31日) right-aligned with room for the seal; 「— 1 —」 at the foot of every page. A section whose table is
/// too wide for the upright type area at 10 pt is set on turned pages (横排, 225 × 156 mm), from its heading on;
/// the next upright section starts a new upright page. Figures stand flush right in their cells.
/// </summary>
public static class ReportPdf
{
    private const double TitleSize = 22, Body = 16;

    /// <summary>
    /// A table on an upright page: 12 pt (小四), down to 10 pt, a department's name (11 characters) whole on its line
    /// beside a title, a name or title of 12 characters on one line; headers break where the report says; a table
    /// starts on the next page rather than with fewer than three rows at the foot of this one.
    /// </summary>
    private static readonly PdfTableStyle Upright = new([12, 11, 10.5, 10], WordChars: 11, NameChars: 12, WrapHeaders: false, KeepRows: 3);

    /// <summary>A table on a turned page: likewise, down to 8 pt when even 225 mm is too narrow for it.</summary>
    private static readonly PdfTableStyle Turned = Upright with { Sizes = [12, 11, 10.5, 10, 9, 8] };

    public static byte[] Render(ReportDocument report)
    {
        CjkFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = report.FullTitle;
        var page = new PdfPageWriter(document, PageLayout.Official);
        var turned = false;
        foreach (var line in report.Title) page.Centered(line, TitleSize, bold: true);
        page.Gap(Body * 0.5);
        page.Centered(report.Subtitle, Body);
        page.Gap(Body);
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var tables = report.Sections[i].Blocks.OfType<ReportTable>().Where(t => t.Rows.Count > 0).Select(ForPdf).ToList();
            var wide = tables.Any(t => page.FitSize(t, Upright, PageLayout.Official) is null);
            if (wide != turned) page.Turn(wide ? PageLayout.OfficialLandscape : PageLayout.Official);
            turned = wide;
            // A heading never stands alone at the foot of a page: three lines of what follows come with it.
            page.Keep(Body * 1.75 * 4);
            page.Paragraph(report.Heading(i), Body, bold: true, indent: true);
            foreach (var block in report.Sections[i].Blocks)
            {
                if (block is ReportParagraph paragraph) page.Paragraph(paragraph.Text, Body, indent: true);
                else if (block is ReportTable { Rows.Count: > 0 } table)
                {
                    page.Gap(Body * 0.25);
                    page.Table(ForPdf(table), turned ? Turned : Upright);
                    page.Gap(Body);
                }
            }
        }
        // 「特此报告。」 and the 落款 stay together, so the 落款 never stands alone on a page.
        page.Keep(Body * 1.75 * 3 + 90);
        page.Paragraph("特此报告。", Body, indent: true);
        page.Closing(report.Issuer, ChinaTime.Day(report.Date), Body);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static PdfTable ForPdf(ReportTable table) => new(
        [.. table.Columns.Select(c => c.Heading)],
        [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => cell.Text)])],
        Flexible: table.Columns.ToList().FindIndex(c => c.Kind == ReportColumnKind.Name));
}
