using System.Globalization;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Suggestions;

/// <summary>One suggestion as read from a file; <see cref="Row"/> is the spreadsheet row (header = 1).</summary>
public sealed record SuggestionRow(
    int Row, string Number, string Title, string Content, string DeputyNumber, IReadOnlyList<string> CoSigners,
    string LeadDepartment, IReadOnlyList<string> CoDepartments, bool Difficult, DateOnly? AssignedOn);

/// <summary>
/// Reads a list of suggestions (建议清单) from CSV or XLSX, as the secretariat keeps them after a sitting: number,
/// title, content, the lead deputy's 代表证号, the co-signers' numbers, and, when already assigned, the lead and
/// co-departments, whether it is difficult, and the date of assignment. Bad rows are reported by row number; the
/// references (deputies, departments) are checked when the rows are written.
/// </summary>
public static class SuggestionFile
{
    private const int MaxErrors = 200;
    public const int MaxRows = 5_000;
    private static readonly char[] ListSeparators = ['、', ',', '，', ';', '；', ' ', '\n'];

    private static readonly (string Field, string Label, bool Required, string[] Names)[] Columns =
    [
        ("number", "编号", false, ["编号", "建议编号", "number"]),
        ("title", "标题", true, ["标题", "建议标题", "案由", "title"]),
        ("content", "内容", true, ["内容", "建议内容", "content"]),
        ("deputy", "领衔代表证号", true, ["领衔代表证号", "代表证号", "deputy"]),
        ("cosigners", "联名代表证号", false, ["联名代表证号", "联名代表", "cosigners"]),
        ("lead", "主办单位", false, ["主办单位", "承办单位", "lead"]),
        ("co", "会办单位", false, ["会办单位", "协办单位", "co"]),
        ("difficult", "难度大", false, ["难度大", "涉及面广、难度大", "difficult"]),
        ("assigned", "交办日期", false, ["交办日期", "assigned"]),
    ];

    public static (List<SuggestionRow> Rows, List<RosterRowError> Errors) Read(byte[] file) => TableFile.Read(file, "建议清单", Interpret);

    private static (List<SuggestionRow>, List<RosterRowError>) Interpret(IEnumerable<string[]> records)
    {
        using var rows = records.Select(row => row.Select(cell => cell.Trim()).ToArray()).GetEnumerator();
        var header = string.Join("、", Columns.Where(c => c.Required).Select(c => c.Label));
        if (!rows.MoveNext()) return ([], [new(1, $"文件为空，第1行应为表头（{header}）。")]);
        var columns = new Dictionary<string, int>();
        var errors = new List<RosterRowError>();
        foreach (var (field, label, required, names) in Columns)
        {
            var index = Array.FindIndex(rows.Current, h => names.Contains(h, StringComparer.OrdinalIgnoreCase));
            if (index >= 0) columns[field] = index;
            else if (required) errors.Add(new(1, $"表头缺少“{label}”列（第1行应为表头：{header}）。"));
        }
        if (errors.Count > 0) return ([], errors);

        var parsed = new List<SuggestionRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; rows.MoveNext() && errors.Count < MaxErrors; i++)
        {
            if (i > MaxRows) return ([], [new(MaxRows + 2, $"建议清单超过{MaxRows}件，请分批导入。")]);
            var cells = rows.Current;
            string Cell(string field) => columns.TryGetValue(field, out var c) && c < cells.Length ? cells[c] : "";
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var row = i + 1;
            var before = errors.Count;
            var (number, title, content, deputy, lead) = (Cell("number"), Cell("title"), Cell("content"), Cell("deputy"), Cell("lead"));
            if (number.Length > Limits.SuggestionNumber) errors.Add(new(row, $"编号超过{Limits.SuggestionNumber}个字符。"));
            else if (number.Length > 0 && seen.TryGetValue(number, out var first)) errors.Add(new(row, $"编号“{number}”与第{first}行重复。"));
            else if (number.Length > 0) seen[number] = row;
            if (title.Length is 0 or > Limits.SuggestionTitle) errors.Add(new(row, $"标题不能为空，也不能超过{Limits.SuggestionTitle}字。"));
            if (content.Length is 0 or > Limits.SuggestionText) errors.Add(new(row, $"内容不能为空，也不能超过{Limits.SuggestionText}字。"));
            if (deputy.Length is 0 or > Limits.DeputyNumber) errors.Add(new(row, "领衔代表证号不能为空。"));
            var difficult = Cell("difficult") switch
            {
                "" or "否" or "no" or "0" => false,
                "是" or "yes" or "1" => (bool?)true,
                _ => null,
            };
            if (difficult is null) errors.Add(new(row, $"难度大一栏“{Cell("difficult")}”无法识别，应为“是”或“否”。"));
            DateOnly? assignedOn = null;
            if (Cell("assigned") is { Length: > 0 } date)
            {
                assignedOn = ParseDate(date);
                if (assignedOn is null) errors.Add(new(row, $"交办日期“{date}”无法识别，应写作 2026-03-15。"));
                if (lead.Length == 0) errors.Add(new(row, "填写了交办日期，但没有主办单位。"));
            }
            if (errors.Count == before)
                parsed.Add(new(row, number, title, content, deputy, List(Cell("cosigners")), lead, List(Cell("co")), difficult!.Value, assignedOn));
        }
        if (parsed.Count == 0 && errors.Count == 0) errors.Add(new(2, "清单中没有建议。"));
        return errors.Count > 0 ? ([], errors) : (parsed, errors);
    }

    /// <summary>A date as people type it, or as a workbook's date cell reads (e.g. "3/15/2026 12:00:00 AM").</summary>
    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyy.M.d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var cell) ? DateOnly.FromDateTime(cell)
        : null;

    private static List<string> List(string cell) =>
        [.. cell.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];
}
