using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Reports;

/// <summary>
/// A report as a workbook: sheet 概况 with the title, every paragraph under its numbered heading (a table's place
/// says which sheet holds it), the issuer and the date; then one sheet per table, named as the table. Counts are whole
/// numbers, rates the fractions of the rules' two-decimal percentages shown as 0.00%, days dates; a table with no
/// rows keeps its header. Every column has a width that fits what it holds.
/// </summary>
public static class ReportXlsx
{
    private const string Item = "项目", Content = "内容";

    public static byte[] Render(ReportDocument report)
    {
        var sheets = new Dictionary<string, object> { ["概况"] = Summary(report) };
        var tables = report.Sections.SelectMany(s => s.Blocks.OfType<ReportTable>()).ToList();
        foreach (var table in tables) sheets[table.Name] = Sheet(table);
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns =
            [
                new DynamicExcelColumn(Item) { Width = 28 },
                new DynamicExcelColumn(Content) { Width = 120 },
                .. tables.SelectMany(t => t.Columns.Select((c, i) => (Column: c, Width: SheetColumn.Width(t.Rows.Select(r => r[i].Text).Append(c.Plain)))))
                    .GroupBy(c => c.Column.Plain)
                    .Select(g => new DynamicExcelColumn(g.Key) { Width = g.Max(c => c.Width), Format = Format(g.First().Column.Kind) }),
            ],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object>> Summary(ReportDocument report)
    {
        List<Dictionary<string, object>> lines = [Line("标题", report.FullTitle + report.Subtitle)];
        for (var i = 0; i < report.Sections.Count; i++)
        {
            lines.AddRange(report.Sections[i].Blocks.Select(block => Line(report.Heading(i), block switch
            {
                ReportParagraph paragraph => paragraph.Text,
                ReportTable table => $"见工作表「{table.Name}」。",
                _ => throw new InvalidOperationException($"A report block of {block.GetType().Name} has no place in the workbook."),
            })));
        }
        lines.Add(Line("发文单位", report.Issuer));
        lines.Add(Line("日期", ChinaTime.Day(report.Date)));
        return lines;
    }

    private static DataTable Sheet(ReportTable table)
    {
        var sheet = new DataTable(table.Name);
        foreach (var column in table.Columns) sheet.Columns.Add(column.Plain, Type(column.Kind));
        foreach (var row in table.Rows) sheet.Rows.Add([.. row.Select(cell => cell.Value)]);
        return sheet;
    }

    private static Type Type(ReportColumnKind kind) => kind switch
    {
        ReportColumnKind.Count => typeof(int),
        ReportColumnKind.Rate => typeof(decimal),
        ReportColumnKind.Date => typeof(DateTime),
        _ => typeof(string),
    };

    private static string? Format(ReportColumnKind kind) => kind switch
    {
        ReportColumnKind.Rate => "0.00%",
        ReportColumnKind.Date => "yyyy-mm-dd",
        _ => null,
    };

    private static Dictionary<string, object> Line(string item, string content) => new() { [Item] = item, [Content] = content };
}
