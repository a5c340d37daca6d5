using System.Text.RegularExpressions;
using PdfSharp.Drawing;
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
public static partial class NoticePdf
{
    private const double Side = 64, Top = 64, PageWidth = 595, PageHeight = 842, Bottom = PageHeight - 56;
    private const double Body = 15, Small = 11;

    public static byte[] Render(NoticeDocument notice)
    {
        CjkFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{notice.SittingName} 公告 第{notice.Number}号";
        document.Info.CreationDate = notice.PublishedAt.UtcDateTime;
        var page = new PageWriter(document);
        var result = notice.Result;
        page.Centered(notice.SittingName, 20, bold: true);
        page.Centered("公　告", 26, bold: true);
        page.Centered($"（第{notice.Number}号）", 15);
        page.Gap(16);
        page.Paragraph(NoticeWording.Opening(notice), Body, indent: true);
        page.Paragraph(NoticeWording.Result(result), Body, indent: true);
        page.Gap(4);
        page.Table(NoticeTable.Of(result));
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

        /// <summary>Starts a new page unless <paramref name="height"/> points fit on this one.</summary>
        public void Keep(double height) => Room(height);

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
        /// the seal, which by custom covers the issuer and date. The certification block (<paramref name="checks"/>:
        /// box root, audit head, key fingerprints) stands in a thin frame in the empty space to its left, its foot
        /// level with the date, clear of the seal.
        /// </summary>
        public void Closing(string issuer, string date, double size, IReadOnlyList<string> checks, double checkSize)
        {
            var font = Font(size, false);
            var small = Font(checkSize, false);
            var block = Math.Max(graphics.MeasureString(issuer, font).Width, graphics.MeasureString(date, font).Width);
            var right = Side + Width - size * 2;
            var leading = checkSize * 1.5;
            var frame = checks.Count == 0 ? 0 : checks.Count * leading + 2 * Pad;
            var closing = 48 + size * 1.75 * 2;
            Room(Math.Max(closing, frame) + 20);
            var top = y;
            if (checks.Count > 0)
            {
                var frameTop = top + Math.Max(0, closing - frame);
                var frameWidth = checks.Max(line => graphics.MeasureString(line, small).Width) + 4 * Pad;
                graphics.DrawRectangle(new XPen(XColors.Gray, 0.5), new XRect(Side, frameTop, frameWidth, frame));
                for (var i = 0; i < checks.Count; i++)
                    graphics.DrawString(checks[i], small, XBrushes.Black, new XPoint(Side + 2 * Pad, frameTop + Pad + i * leading), XStringFormats.TopLeft);
            }
            y += 48;
            foreach (var line in new[] { issuer, date })
            {
                graphics.DrawString(line, font, XBrushes.Black, new XRect(right - block, y, block, size * 1.75), XStringFormats.TopCenter);
                y += size * 1.75;
            }
            y = top + Math.Max(closing, frame) + 20;
        }

        /// <summary>
        /// The table, columns sized to what they hold: a figure column as wide as its widest figure (a figure never
        /// wraps), a header over it in lines of at least three characters (two in a wide table), words (结果, 等次) up to nine characters a line,
        /// the name the rest. A table too wide for 11 pt (an appraisal's rates and grades) is set smaller.
        /// </summary>
        public void Table(NoticeTable table)
        {
            foreach (var size in new[] { Small, 10, 9, 8, 7.5 })
            {
                var widths = Widths(table, size);
                if (widths is null && size > 7.5) continue;
                widths ??= Widths(table, size, force: true)!;
                var (bold, font) = (Font(size, true), Font(size, false));
                // The header never stands alone at the foot of a page, and heads every page the table runs onto.
                Room(RowHeight(table.Header, widths, bold, size) + RowHeight(table.Rows.FirstOrDefault() ?? [], widths, font, size));
                Row(table.Header, widths, bold, size, header: true);
                foreach (var row in table.Rows)
                {
                    if (y + RowHeight(row, widths, font, size) > Bottom)
                    {
                        Room(double.MaxValue);
                        Row(table.Header, widths, bold, size, header: true);
                    }
                    Row(row, widths, font, size, header: false);
                }
                return;
            }
        }

        private const double Pad = 4;

        private double[]? Widths(NoticeTable table, double size, bool force = false)
        {
            var font = Font(size, false);
            var bold = Font(size, true);
            double Measure(string text, XFont f) => graphics.MeasureString(text, f).Width;
            var widths = new double[table.Header.Count];
            for (var c = 0; c < widths.Length; c++)
            {
                if (c == 1) continue;
                var cells = table.Rows.Select(r => r[c]).ToList();
                var figures = cells.All(cell => Figure().IsMatch(cell));
                var data = cells.Select(cell => Measure(cell, font)).DefaultIfEmpty(0).Max();
                if (!figures) data = Math.Min(data, Measure("确定为民生实事项目", font) + 1);
                var header = Math.Min(Measure(table.Header[c], bold), Measure(table.Header.Count > 7 ? "序号" : "赞成票", bold) + 1);
                widths[c] = Math.Max(data, header) + 2 * Pad;
            }
            widths[1] = Width - widths.Sum();
            return widths[1] >= 7 * size + 2 * Pad || force ? widths : null;
        }

        private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font, double size) =>
            cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * Pad).Count).DefaultIfEmpty(0).Max() * size * 1.45 + 2 * Pad;

        private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, double size, bool header)
        {
            var leading = size * 1.45;
            var lines = cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * Pad)).ToList();
            var height = lines.Max(l => l.Count) * leading + 2 * Pad;
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
                    var line = new XRect(x + Pad, y + Pad + l * leading, widths[i] - 2 * Pad, leading);
                    graphics.DrawString(lines[i][l], font, XBrushes.Black, line, format);
                }
                x += widths[i];
            }
            y += height;
        }

        /// <summary>Starts a new page unless <paramref name="height"/> fits below; double.MaxValue always starts one.</summary>
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
