using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Certification;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A notice as an A4 PDF: heading (会议名称, 公告, 第N号), the ballot and its figures, the announcement, the table
/// of every item's counts, the scrutineers' signatures and the record's hash. The text is real text in an embedded
/// CJK font subset, so it can be searched and copied.
/// </summary>
public static class NoticePdf
{
    private const double Margin = 56, PageWidth = 595, PageHeight = 842, Bottom = PageHeight - Margin;

    public static byte[] Render(NoticeDocument notice)
    {
        CjkFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{notice.SittingName} 公告 第{notice.Number}号";
        document.Info.CreationDate = notice.PublishedAt.UtcDateTime;
        var page = new PageWriter(document);
        page.Centered(notice.SittingName, 15, bold: true);
        page.Centered("公  告", 24, bold: true);
        page.Centered($"第{notice.Number}号", 14);
        page.Gap(10);
        var result = notice.Result;
        page.Paragraph(RoundTitle(result), 13, bold: true);
        page.Paragraph(NoticeTable.Summary(result), 11);
        page.Paragraph(result.Announcement, 11);
        page.Gap(6);
        page.Table(NoticeTable.Of(result));
        page.Gap(10);
        page.Paragraph($"计票方式：{NoticeTable.CountMethod(result)}。{(result.Secret ? "无记名投票。" : "记名投票。")}", 10);
        if (result.CountNote is { } note) page.Paragraph($"说明：{note}", 10);
        foreach (var signature in notice.Signatures)
        {
            page.Paragraph($"{signature.Role.Title()}：{signature.Name}（已于{ChinaTime.Format(signature.SignedAt)}签字确认）", 10);
        }
        if (notice.Tellers.Count > 0) page.Paragraph($"计票人：{string.Join("、", notice.Tellers)}", 10);
        foreach (var act in notice.ConfirmedActs ?? []) page.Paragraph(act.Sentence, 10);
        page.Paragraph($"计票记录校验值（SHA-256）：{notice.RecordSha256}", 8);
        page.Gap(8);
        page.Paragraph($"{notice.SittingName}秘书处　{ChinaTime.Format(notice.PublishedAt)}发布", 11);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string RoundTitle(BallotResultView result) =>
        result.Round > 1 ? $"{result.Title}（第{result.Round}轮）" : result.Title;

    /// <summary>Writes top to bottom, starting a new page when the next line would not fit.</summary>
    private sealed class PageWriter(PdfDocument document)
    {
        private XGraphics graphics = NewPage(document);
        private double y = Margin;

        public void Gap(double points) => y += points;

        /// <summary>A heading, centred line by line; a long one wraps rather than running off both sides.</summary>
        public void Centered(string text, double size, bool bold = false)
        {
            var font = Font(size, bold);
            foreach (var line in Wrap(text, font, PageWidth - 2 * Margin))
            {
                Room(size * 1.6);
                graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, PageWidth - 2 * Margin, size * 1.6), XStringFormats.TopCenter);
                y += size * 1.6;
            }
        }

        public void Paragraph(string text, double size, bool bold = false)
        {
            var font = Font(size, bold);
            foreach (var line in Wrap(text, font, PageWidth - 2 * Margin))
            {
                Room(size * 1.5);
                graphics.DrawString(line, font, XBrushes.Black, new XPoint(Margin, y), XStringFormats.TopLeft);
                y += size * 1.5;
            }
        }

        public void Table(NoticeTable table)
        {
            var font = Font(8.5, false);
            var width = PageWidth - 2 * Margin;
            // Widths by weight: the name widest, an outcome in words wider than a figure; the number column fixed.
            var weights = table.Header.Select((h, i) => i == 1 ? 4.0 : h is "结果" ? 3.0 : h is "等次" ? 1.6 : 1.0).Skip(1).ToList();
            var unit = (width - 24) / weights.Sum();
            double[] widths = [24, .. weights.Select(w => w * unit)];
            Row(table.Header, widths, Font(8.5, true), shaded: true);
            foreach (var row in table.Rows) Row(row, widths, font, shaded: false);
        }

        private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, bool shaded)
        {
            var lines = cells.Select((c, i) => Wrap(c, font, widths[i] - 4)).ToList();
            var height = lines.Max(l => l.Count) * 11 + 4;
            Room(height);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var box = new XRect(x, y, widths[i], height);
                if (shaded) graphics.DrawRectangle(XBrushes.Gainsboro, box);
                graphics.DrawRectangle(XPens.Black, box);
                for (var l = 0; l < lines[i].Count; l++)
                {
                    graphics.DrawString(lines[i][l], font, XBrushes.Black, new XPoint(x + 2, y + 2 + l * 11), XStringFormats.TopLeft);
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
            y = Margin;
        }

        /// <summary>Chinese has no spaces to break at: lines break at any character that would overflow.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var c in text)
            {
                if (line.Length > 0 && graphics.MeasureString(line + c, font).Width > width)
                {
                    lines.Add(line);
                    line = "";
                }
                line += c;
            }
            lines.Add(line);
            return lines;
        }

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
