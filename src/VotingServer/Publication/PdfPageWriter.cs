using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PeoplesCongress.VotingServer.Publication;

/// <summary>
/// A table as <see cref="PdfPageWriter"/> sets it: the header, the rows as printed, and the column that takes the
/// width the others leave (the item's or department's name). A header may say where it breaks (\n).
/// </summary>
internal sealed record PdfTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, int Flexible);

/// <summary>
/// How a table is set: the type sizes it may take, largest first (the last is used when none fits); how many
/// characters a line of words (结果, 等次, a department) holds before it wraps; how many the flexible column must hold
/// for a size to fit; whether a header wraps to lines of at least three characters (two in a table of more than seven
/// columns) or breaks only where it says (\n); and how many rows go with the header to the next page rather than
/// fewer stand with it at the foot of this one.
/// </summary>
internal sealed record PdfTableStyle(IReadOnlyList<double> Sizes, int WordChars, int NameChars, bool WrapHeaders, int KeepRows = 1);

/// <summary>
/// Writes a document top to bottom on the pages of a <see cref="PageLayout"/>, starting a new page when the next
/// line would not fit: centred headings, paragraphs broken by the rules of Chinese typesetting (<see cref="LineBreaker"/>),
/// tables whose header heads every page they run onto, the 落款 with room for the seal, and page numbers at the foot
/// (「— 1 —」, odd pages right and even pages left, one character in, as GB/T 9704 places them) when the layout is
/// numbered. Every font is the embedded CJK face (<see cref="CjkFontResolver"/>).
/// </summary>
internal sealed partial class PdfPageWriter
{
    private const double Pad = 4;
    private const double FolioSize = 14;
    private readonly PdfDocument document;
    private PageLayout layout;
    private XGraphics graphics;
    private double y;

    public PdfPageWriter(PdfDocument document, PageLayout layout)
    {
        this.document = document;
        this.layout = layout;
        graphics = NewPage();
        y = layout.Top;
    }

    /// <summary>The width of the type area of the pages being written.</summary>
    private double Width => layout.Width;

    public void Gap(double points) => y += points;

    /// <summary>Starts a new page unless <paramref name="height"/> points fit on this one.</summary>
    public void Keep(double height) => Room(height);

    /// <summary>Goes on on a new page of <paramref name="next"/>, and on pages of it from there.</summary>
    public void Turn(PageLayout next)
    {
        layout = next;
        Room(double.MaxValue);
    }

    /// <summary>A heading, centred line by line; a long one wraps rather than running off both sides.</summary>
    public void Centered(string text, double size, bool bold = false)
    {
        var font = Font(size, bold);
        foreach (var line in Wrap(text, font, Width))
        {
            Room(size * 1.6);
            graphics.DrawString(line, font, XBrushes.Black, new XRect(layout.Left, y, Width, size * 1.6), XStringFormats.TopCenter);
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
            graphics.DrawString(line, font, XBrushes.Black, new XPoint(layout.Left, y), XStringFormats.TopLeft);
            y += size * 1.75;
        }
    }

    /// <summary>
    /// The 落款: issuer over the date, both right-aligned and centred on each other, with room above the date for
    /// the seal, which by custom covers the issuer and date. A certification block (<paramref name="checks"/>:
    /// box root, audit head, key fingerprints) stands in a thin frame in the empty space to its left, its foot
    /// level with the date, clear of the seal.
    /// </summary>
    public void Closing(string issuer, string date, double size, IReadOnlyList<string>? checks = null, double checkSize = 0)
    {
        checks ??= [];
        var font = Font(size, false);
        var small = Font(checkSize, false);
        var block = Math.Max(graphics.MeasureString(issuer, font).Width, graphics.MeasureString(date, font).Width);
        var right = layout.Left + Width - size * 2;
        var leading = checkSize * 1.5;
        var frame = checks.Count == 0 ? 0 : checks.Count * leading + 2 * Pad;
        var closing = 48 + size * 1.75 * 2;
        Room(Math.Max(closing, frame) + 20);
        var top = y;
        if (checks.Count > 0)
        {
            var frameTop = top + Math.Max(0, closing - frame);
            var frameWidth = checks.Max(line => graphics.MeasureString(line, small).Width) + 4 * Pad;
            graphics.DrawRectangle(new XPen(XColors.Gray, 0.5), new XRect(layout.Left, frameTop, frameWidth, frame));
            for (var i = 0; i < checks.Count; i++)
                graphics.DrawString(checks[i], small, XBrushes.Black, new XPoint(layout.Left + 2 * Pad, frameTop + Pad + i * leading), XStringFormats.TopLeft);
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
    /// The largest of <paramref name="style"/>'s sizes the table fits the type area of <paramref name="on"/> in, or null
    /// when none does.
    /// </summary>
    public double? FitSize(PdfTable table, PdfTableStyle style, PageLayout on) =>
        style.Sizes.Cast<double?>().FirstOrDefault(size => Widths(table, style, size!.Value, on.Width) is not null);

    /// <summary>
    /// The table, columns sized to what they hold: a figure column as wide as its widest figure (a figure never
    /// wraps), a header over it wrapped or broken as the style says, words up to <see cref="PdfTableStyle.WordChars"/>
    /// characters a line, the flexible column the rest. A table too wide for the first size is set in the next.
    /// </summary>
    public void Table(PdfTable table, PdfTableStyle style)
    {
        var size = FitSize(table, style, layout) ?? style.Sizes[^1];
        var widths = Widths(table, style, size, Width) ?? Widths(table, style, size, Width, force: true)!;
        var (bold, font) = (Font(size, true), Font(size, false));
        // The header never stands at the foot of a page without its first rows, and heads every page the table runs onto.
        Room(RowHeight(table.Header, widths, bold, size, header: true)
            + table.Rows.Take(style.KeepRows).DefaultIfEmpty([]).Sum(row => RowHeight(row, widths, font, size, header: false)));
        Row(table.Header, widths, bold, size, header: true);
        foreach (var row in table.Rows)
        {
            if (y + RowHeight(row, widths, font, size, header: false) > layout.Bottom)
            {
                Room(double.MaxValue);
                Row(table.Header, widths, bold, size, header: true);
            }
            Row(row, widths, font, size, header: false);
        }
    }

    /// <summary>A figure (7, 12.50%, —) is set flush right in its cell, words flush left.</summary>
    [GeneratedRegex(@"^(\d+(\.\d+)?%?|—)$")]
    private static partial Regex Figure();

    private double[]? Widths(PdfTable table, PdfTableStyle style, double size, double width, bool force = false)
    {
        var font = Font(size, false);
        var bold = Font(size, true);
        double Measure(string text, XFont f) => graphics.MeasureString(text, f).Width;
        var widths = new double[table.Header.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            if (c == table.Flexible) continue;
            var cells = table.Rows.Select(r => r[c]).ToList();
            var figures = cells.All(cell => Figure().IsMatch(cell));
            var data = cells.Select(cell => Measure(cell, font)).DefaultIfEmpty(0).Max();
            if (!figures) data = Math.Min(data, Measure(new string('字', style.WordChars), font) + 1);
            var header = style.WrapHeaders
                ? Math.Min(Measure(table.Header[c], bold), Measure(table.Header.Count > 7 ? "序号" : "赞成票", bold) + 1)
                : table.Header[c].Split('\n').Max(line => Measure(line, bold)) + 1;
            widths[c] = Math.Max(data, header) + 2 * Pad;
        }
        widths[table.Flexible] = width - widths.Sum();
        return widths[table.Flexible] >= style.NameChars * size + 2 * Pad || force ? widths : null;
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font, double size, bool header) =>
        cells.Select((c, i) => Lines(c, font, widths[i] - 2 * Pad, header).Count).DefaultIfEmpty(0).Max() * size * 1.45 + 2 * Pad;

    private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, double size, bool header)
    {
        var leading = size * 1.45;
        var lines = cells.Select((c, i) => Lines(c, font, widths[i] - 2 * Pad, header)).ToList();
        var height = lines.Max(l => l.Count) * leading + 2 * Pad;
        Room(height);
        var x = layout.Left;
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

    /// <summary>A cell's lines wrapped to the width, a header's first broken where it says (\n).</summary>
    private List<string> Lines(string text, XFont font, double width, bool header) =>
        header ? [.. text.Split('\n').SelectMany(part => Wrap(part, font, width))] : Wrap(text, font, width);

    /// <summary>Starts a new page unless <paramref name="height"/> fits below; double.MaxValue always starts one.</summary>
    private void Room(double height)
    {
        if (y + height <= layout.Bottom) return;
        graphics.Dispose();
        graphics = NewPage();
        y = layout.Top;
    }

    private List<string> Wrap(string text, XFont font, double width) =>
        LineBreaker.Wrap(text, s => graphics.MeasureString(s, font).Width, width);

    private XGraphics NewPage()
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(layout.PageWidth);
        page.Height = XUnit.FromPoint(layout.PageHeight);
        var pageGraphics = XGraphics.FromPdfPage(page);
        if (layout.Numbered) Folio(pageGraphics, document.PageCount);
        return pageGraphics;
    }

    /// <summary>「— 7 —」 7 mm below the type area: an odd page's at the right, an even page's at the left, one character in.</summary>
    private void Folio(XGraphics page, int number)
    {
        var font = Font(FolioSize, false);
        var box = new XRect(layout.Left + FolioSize, layout.Bottom + PageLayout.Mm(7) - FolioSize / 2, Width - 2 * FolioSize, FolioSize * 1.5);
        page.DrawString($"— {number} —", font, XBrushes.Black, box, number % 2 == 1 ? XStringFormats.TopRight : XStringFormats.TopLeft);
    }

    private static XFont Font(double size, bool bold) => new(
        CjkFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
        new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
}
