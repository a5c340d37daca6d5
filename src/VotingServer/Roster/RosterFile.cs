using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>
/// Reads a roster from CSV (UTF-8, or GB18030 as older Excel writes it) or XLSX. Every bad row is reported with
/// its row number in Chinese; a file with any bad row yields no deputies at all. Rows are read one at a time and
/// reading stops at the row cap, so a file's size on disk, not what it claims to hold, bounds the work.
/// </summary>
public static class RosterFile
{
    private const int MaxErrors = 200;
    public const int MaxRows = Limits.Deputies;

    /// <summary>Cells past this column are never looked at (the roster has five).</summary>
    private const int MaxColumns = 64;

    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (List<RosterRow> Rows, List<RosterRowError> Errors) Read(byte[] file)
    {
        var isXlsx = file.Length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        try
        {
            return Interpret(isXlsx ? XlsxRecords(file) : CsvRecords.Read(Text(file)));
        }
        catch (Unreadable refused)
        {
            return ([], [new RosterRowError(1, refused.Message)]);
        }
        catch (DecoderFallbackException)
        {
            return ([], [new RosterRowError(1, EncodingMessage("无法识别的"))]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ([], [new RosterRowError(1, "文件无法读取，请上传 CSV 或 XLSX 格式的代表名册。")]);
        }
    }

    /// <summary>
    /// The zip's entries say how large they unpack; a workbook that would unpack beyond the limit is refused before
    /// any of it is read.
    /// </summary>
    private static IEnumerable<string[]> XlsxRecords(byte[] file)
    {
        using (var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read))
        {
            if (zip.Entries.Sum(e => e.Length) > Limits.RosterUnzippedBytes)
                throw new Unreadable($"XLSX 文件解压后超过{Limits.RosterUnzippedBytes / 1024 / 1024}MB，不是正常的代表名册，请检查文件或另存为 CSV 后导入。");
        }
        using var stream = new MemoryStream(file, writable: false);
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            yield return row.Values.Take(MaxColumns)
                .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray();
        }
    }

    /// <summary>UTF-8 (with or without BOM) or, failing that, GB18030; a file in UTF-16 or UTF-32 is refused by name.</summary>
    private static StreamReader Text(byte[] file)
    {
        if (WideEncoding(file) is { } wide) throw new Unreadable(EncodingMessage(wide));
        var encoding = System.Text.Unicode.Utf8.IsValid(file)
            ? new UTF8Encoding(false, throwOnInvalidBytes: true)
            : Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return new StreamReader(new MemoryStream(file, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>A BOM of UTF-16 or UTF-32, or a NUL byte near the start, which no text of a roster in UTF-8 or GB18030 has.</summary>
    private static string? WideEncoding(byte[] file) => file switch
    {
        [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => "UTF-32",
        [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
        _ when file.AsSpan(0, Math.Min(file.Length, 4096)).Contains((byte)0) => "UTF-16",
        _ => null,
    };

    private static string EncodingMessage(string found) =>
        $"文件是{found}编码，请以 UTF-8 编码保存 CSV 文件（Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”）后重新导入。";

    private static (List<RosterRow>, List<RosterRowError>) Interpret(IEnumerable<string[]> records)
    {
        using var rows = records.Select(row => row.Select(cell => cell.Trim()).ToArray()).GetEnumerator();
        if (!rows.MoveNext()) return ([], [new RosterRowError(1, "文件为空，第1行应为表头（姓名、代表证号、代表团/组、状态）。")]);
        var errors = new List<RosterRowError>();
        var columns = MapHeader(rows.Current, errors);
        if (errors.Count > 0) return ([], errors);

        var parsed = new List<RosterRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; rows.MoveNext() && errors.Count < MaxErrors; i++)
        {
            if (i > MaxRows) return ([], [new RosterRowError(MaxRows + 2, $"名册超过{MaxRows}人，请分批导入。")]);
            var cells = rows.Current;
            string Cell(string field) => columns.TryGetValue(field, out var c) && c < cells.Length ? cells[c] : "";
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var row = i + 1;
            var before = errors.Count;
            var (name, number, delegation) = (Cell("name"), Cell("number"), Cell("delegation"));
            if (name.Length == 0) errors.Add(new(row, "姓名不能为空。"));
            else if (name.Length > Limits.PersonName) errors.Add(new(row, $"姓名超过{Limits.PersonName}字。"));
            if (number.Length == 0) errors.Add(new(row, "代表证号不能为空。"));
            else if (number.Length > Limits.DeputyNumber) errors.Add(new(row, $"代表证号超过{Limits.DeputyNumber}个字符。"));
            else if (seen.TryGetValue(number, out var first)) errors.Add(new(row, $"代表证号“{number}”与第{first}行重复。"));
            else seen[number] = row;
            if (delegation.Length > Limits.Delegation) errors.Add(new(row, $"代表团/组名称超过{Limits.Delegation}字。"));
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

    /// <summary>A file refused as a whole, with the reason to show.</summary>
    private sealed class Unreadable(string message) : Exception(message);
}
