using System.Text;
using MiniExcelLibs;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>
/// Reads a roster from CSV (UTF-8, or GB18030 as older Excel writes it) or XLSX. Every bad row is reported with
/// its row number in Chinese; a file with any bad row yields no deputies at all.
/// </summary>
public static class RosterFile
{
    private const int MaxErrors = 200;
    public const int MaxRows = 20_000;

    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (List<RosterRow> Rows, List<RosterRowError> Errors) Read(byte[] file)
    {
        var isXlsx = file.Length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        List<string[]> rows;
        try
        {
            rows = isXlsx ? ReadXlsx(file) : CsvRecords.Parse(DecodeText(file));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ([], [new RosterRowError(1, "文件无法读取，请上传 CSV 或 XLSX 格式的代表名册。")]);
        }
        return Interpret(rows.Take(MaxRows + 2).Select(row => row.Select(cell => cell.Trim()).ToArray()).ToList());
    }

    private static List<string[]> ReadXlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray())
            .ToList();
    }

    private static string DecodeText(byte[] file)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding("GB18030").GetString(file); }
    }

    private static (List<RosterRow>, List<RosterRowError>) Interpret(List<string[]> rows)
    {
        var errors = new List<RosterRowError>();
        if (rows.Count == 0) return ([], [new RosterRowError(1, "文件为空，第1行应为表头（姓名、代表证号、代表团/组、状态）。")]);
        var columns = MapHeader(rows[0], errors);
        if (errors.Count > 0) return ([], errors);
        if (rows.Count > MaxRows + 1) return ([], [new RosterRowError(MaxRows + 2, $"名册超过{MaxRows}人，请分批导入。")]);

        var parsed = new List<RosterRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < rows.Count && errors.Count < MaxErrors; i++)
        {
            var cells = rows[i];
            string Cell(string field) => columns.TryGetValue(field, out var c) && c < cells.Length ? cells[c] : "";
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var row = i + 1;
            var before = errors.Count;
            var (name, number, delegation) = (Cell("name"), Cell("number"), Cell("delegation"));
            if (name.Length == 0) errors.Add(new(row, "姓名不能为空。"));
            else if (name.Length > 64) errors.Add(new(row, "姓名超过64字。"));
            if (number.Length == 0) errors.Add(new(row, "代表证号不能为空。"));
            else if (number.Length > 32) errors.Add(new(row, "代表证号超过32个字符。"));
            else if (seen.TryGetValue(number, out var first)) errors.Add(new(row, $"代表证号“{number}”与第{first}行重复。"));
            else seen[number] = row;
            if (delegation.Length > 64) errors.Add(new(row, "代表团/组名称超过64字。"));
            var status = RosterColumns.ParseStatus(Cell("status"));
            if (status is null) errors.Add(new(row, $"状态“{Cell("status")}”无法识别，应为“在任”“暂停执行代表职务”或“代表资格终止”。"));
            var leave = columns.ContainsKey("leave") ? RosterColumns.ParseLeave(Cell("leave")) : null;
            if (columns.ContainsKey("leave") && leave is null) errors.Add(new(row, $"请假一栏“{Cell("leave")}”无法识别，应为“是”或“否”。"));
            if (errors.Count == before) parsed.Add(new RosterRow(row, number, name, delegation, status!.Value, leave));
        }
        if (parsed.Count == 0 && errors.Count == 0) errors.Add(new(2, "名册中没有代表。"));
        return errors.Count > 0 ? ([], errors) : (parsed, errors);
    }

    private static Dictionary<string, int> MapHeader(string[] header, List<RosterRowError> errors)
    {
        var columns = new Dictionary<string, int>();
        foreach (var (field, label, required, names) in RosterColumns.All)
        {
            var index = Array.FindIndex(header, h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
            if (index >= 0) columns[field] = index;
            else if (required) errors.Add(new(1, $"表头缺少“{label}”列（第1行应为表头：姓名、代表证号、代表团/组、状态）。"));
        }
        return columns;
    }
}
