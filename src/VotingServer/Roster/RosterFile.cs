using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Roster;

/// <summary>
/// Reads a roster (代表名册) from CSV or XLSX (<see cref="TableFile"/>). Every bad row is reported with its row number
/// in Chinese; a file with any bad row yields no deputies at all. Reading stops at the row cap.
/// </summary>
public static class RosterFile
{
    private const int MaxErrors = 200;
    public const int MaxRows = Limits.Deputies;

    public static (List<RosterRow> Rows, List<RosterRowError> Errors) Read(byte[] file) => TableFile.Read(file, "代表名册", Interpret);

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
            var station = Cell("station");
            if (station.Length > Limits.Delegation) errors.Add(new(row, $"代表联络站名称超过{Limits.Delegation}字。"));
            var status = RosterColumns.ParseStatus(Cell("status"));
            if (status is null) errors.Add(new(row, $"状态“{Cell("status")}”无法识别，应为“在任”“暂停执行代表职务”或“代表资格终止”。"));
            var leave = columns.ContainsKey("leave") ? RosterColumns.ParseLeave(Cell("leave")) : null;
            if (columns.ContainsKey("leave") && leave is null) errors.Add(new(row, $"请假一栏“{Cell("leave")}”无法识别，应为“是”或“否”。"));
            if (errors.Count == before) parsed.Add(new RosterRow(row, number, name, delegation, status!.Value, leave, station));
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
