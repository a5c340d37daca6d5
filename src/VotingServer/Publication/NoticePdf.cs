using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A notice as an A4 PDF laid out as an official 公告: the title (会议名称, 公告, （第N号）), the formal opening, the
/// figures and result stated once, the table of every item's counts (figures right-aligned), how it was counted and
/// who certified it, 「特此公告。」, then the issuer and the date in Chinese right-aligned with room for the seal. The
/// record's hash is the last, small line. The text is real text in an embedded CJK font subset, so it can be searched
/// and copied; lines break by the rules of Chinese typesetting (<see cref="LineBreaker"/>).
/// </summary>
public static partial class NoticePdf
{
    private const double Side = 64, Top = 64, PageWidth = 595, PageHeight = 842, Bottom = PageHeight - 56;
    private const double Body = 13, Small = 10.5;

    public static byte[] Render(NoticeDocument notice)
    {
        CjkFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{notice.SittingName} 公告 第{notice.Number}号";
        document.Info.CreationDate = notice.PublishedAt.UtcDateTime;
        var page = new PageWriter(document);
        var result = notice.Result;
        page.Centered(notice.SittingName, 18, bold: true);
        page.Centered("公　告", 22, bold: true);
        page.Centered($"（第{notice.Number}号）", 14);
        page.Gap(14);
        page.Paragraph(NoticeWording.Opening(notice), Body, indent: true);
        page.Paragraph(NoticeWording.Result(result), Body, indent: true);
        page.Gap(4);
        page.Table(NoticeTable.Of(result));
        page.Gap(8);
        foreach (var line in NoticeWording.Certification(notice)) page.Paragraph(line, Small, indent: true);
        page.Gap(6);
        page.Paragraph("特此公告。", Body, indent: true);
        page.Closing(NoticeWording.Issuer(notice), ChinaTime.OfficialDate(notice.PublishedAt), Body);
        page.Paragraph($"计票记录校验值（SHA-256）：{notice.RecordSha256}", 7.5);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A figure (7, 12.50%, —) is set flush right in its cell, words flush left.</summary>
    [GeneratedRegex(@"^(\d+(\.\d+)?%?|—)$")]
    private static partial Regex Figure();

    /// <summary>Writes top to bottom, starting a new page when the next line would not fit.</summary>
    private sealed class PageWriter(PdfDocument document)
    {
        private const double Width = PageWidth - 2 * Side;
        private XGraphics graphics = NewPage(document);
        private double y = Top;

        public void Gap(double points) => y += points;

        /// <summary>A heading, centred line by line; a long one wraps rather than running off both sides.</summary>
        public void Centered(string text, double size, bool bold = false)
        {
            var font = Font(size, bold);
            foreach (var line in Wrap(text, font, Width))
            {
                Room(size * 1.6);
                graphics.DrawString(line, font, XBrushes.Black, new XRect(Side, y, Width, size * 1.6), XStringFormats.TopCenter);
                y += size * 1.6;
            }
        }

        /// <summary>A paragraph; an indented one starts two characters in, as Chinese paragraphs do.</summary>
        public void Paragraph(string text, double size, bool bold = false, bool indent = false)
        {
            var font = Font(size, bold);
            var lines = Wrap((indent ? "\u3000\u3000" : "") + text, font, Width);
            foreach (var line in lines)
            {
                Room(size * 1.75);
                graphics.DrawString(line, font, XBrushes.Black, new XPoint(Side, y), XStringFormats.TopLeft);
                y += size * 1.75;
            }
        }

        /// <summary>
        /// The 落款: issuer over the date, both right-aligned and centred on each other, with room above the date for
        /// the seal, which by custom covers the issuer and date.
        /// </summary>
        public void Closing(string issuer, string date, double size)
        {
            var font = Font(size, false);
            var block = Math.Max(graphics.MeasureString(issuer, font).Width, graphics.MeasureString(date, font).Width);
            var right = Side + Width - size * 2;
            Room(size * 1.75 * 2 + 90);
            y += 48;
            foreach (var line in new[] { issuer, date })
            {
                graphics.DrawString(line, font, XBrushes.Black, new XRect(right - block, y, block, size * 1.75), XStringFormats.TopCenter);
                y += size * 1.75;
            }
            y += 40;
        }

        public void Table(NoticeTable table)
        {
            var font = Font(Small, false);
            // Widths by weight: the name widest, an outcome in words wider than a figure; the number column fixed.
            var weights = table.Header.Select((h, i) => i == 1 ? 4.0 : h is "结果" ? 3.0 : h is "等次" ? 1.6 : 1.0).Skip(1).ToList();
            var unit = (Width - 30) / weights.Sum();
            double[] widths = [30, .. weights.Select(w => w * unit)];
            Row(table.Header, widths, Font(Small, true), header: true);
            foreach (var row in table.Rows) Row(row, widths, font, header: false);
        }

        private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, bool header)
        {
            const double Pad = 4, Leading = Small * 1.45;
            var lines = cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * Pad)).ToList();
            var height = lines.Max(l => l.Count) * Leading + 2 * Pad;
            Room(height);
            var x = Side;
            for (var i = 0; i < cells.Count; i++)
            {
                var box = new XRect(x, y, widths[i], height);
                if (header) graphics.DrawRectangle(XBrushes.Gainsboro, box);
                graphics.DrawRectangle(new XPen(XColors.Black, 0.6), box);
                var format = header ? XStringFormats.TopCenter : Figure().IsMatch(cells[i]) ? XStringFormats.TopRight : XStringFormats.TopLeft;
                for (var l = 0; l < lines[i].Count; l++)
                {
                    var line = new XRect(x + Pad, y + Pad + l * Leading, widths[i] - 2 * Pad, Leading);
                    graphics.DrawString(lines[i][l], font, XBrushes.Black, line, format);
                }
                x += widths[i];
            }
            y += height;
        }

        private void Room(double height)
        {
            if (y + height <= Bottom) return;
            graphics.Dispose();
            graphics = NewPage(document);
            y = Top;
        }

        private List<string> Wrap(string text, XFont font, double width) =>
            LineBreaker.Wrap(text, s => graphics.MeasureString(s, font).Width, width);

        private static XGraphics NewPage(PdfDocument document)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            return XGraphics.FromPdfPage(page);
        }

        private static XFont Font(double size, bool bold) => new(
            CjkFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
    }
}
