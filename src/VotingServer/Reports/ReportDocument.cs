using System.Globalization;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Reports;

/// <summary>
/// A report of the standing committee as pure data, which <see cref="ReportPdf"/> and <see cref="ReportXlsx"/> render
/// alike: the title in lines, the line under it (截至…), the sections in order, the issuer and the date. Sections are
/// numbered (一、二、…) as they are rendered, so a section added to a report does not renumber the others' data.
/// </summary>
public sealed record ReportDocument(
    IReadOnlyList<string> Title, string Subtitle, IReadOnlyList<ReportSection> Sections, string Issuer, DateOnly Date)
{
    public string FullTitle => string.Concat(Title);

    /// <summary>The heading of the section at <paramref name="index"/> as printed: 「二、各承办单位办理情况」.</summary>
    public string Heading(int index) => $"{ChinaTime.Number(index + 1)}、{Sections[index].Heading}";
}

/// <summary>A section: its heading (without its number) and its paragraphs and tables in order.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);

public abstract record ReportBlock;

public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>
/// A table: its name (the workbook's sheet), its columns and its rows. The one <see cref="ReportColumnKind.Name"/>
/// column takes the width the others leave in print.
/// </summary>
public sealed record ReportTable(string Name, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows) : ReportBlock;

public enum ReportColumnKind
{
    /// <summary>What a row is about (a department, a station, a suggestion's title): wraps, takes the spare width.</summary>
    Name,

    /// <summary>Short words (a number, a department beside a title).</summary>
    Text,

    /// <summary>A count: right-aligned, a whole number in the workbook.</summary>
    Count,

    /// <summary>A rate: 93.46% in print, the fraction 0.9346 shown as 0.00% in the workbook.</summary>
    Rate,

    /// <summary>A day: 2027年10月31日 in print, a date in the workbook.</summary>
    Date,
}

/// <summary>
/// A column; a line break (\n) in the heading marks where the printed header breaks (「满意及基本\n满意率」), the
/// workbook's header runs on.
/// </summary>
public sealed record ReportColumn(string Heading, ReportColumnKind Kind)
{
    public string Plain => Heading.Replace("\n", "", StringComparison.Ordinal);
}

/// <summary>A cell: its text as printed, and the value the workbook stores (the text, a count, a fraction, a date).</summary>
public sealed record ReportCell(string Text, object Value)
{
    public static ReportCell Count(int count) => new(count.ToString(CultureInfo.InvariantCulture), count);

    /// <summary>The rate as the rules round it (ShareView.Percent), and the same two decimals as a fraction.</summary>
    public static ReportCell Rate(ShareView rate) =>
        new(rate.Percent + "%", decimal.Parse(rate.Percent, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) / 100);

    public static ReportCell Day(DateOnly day) => new(ChinaTime.Day(day), day.ToDateTime(TimeOnly.MinValue));

    public static implicit operator ReportCell(string text) => new(text, text);
}
