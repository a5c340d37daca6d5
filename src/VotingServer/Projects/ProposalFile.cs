using System.Globalization;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Projects;

/// <summary>
/// Reads proposed 民生实事 projects from CSV or XLSX, as they come from the stations and departments (征集): name,
/// content, place, estimated budget in 万元, lead department, source, proposer and telephone. Bad rows are reported by
/// row number; a file with any imports nothing.
/// </summary>
public static class ProposalFile
{
    private const int MaxErrors = 200;
    public const int MaxRows = 2_000;

    private static readonly (string Field, string Label, bool Required, string[] Names)[] Columns =
    [
        ("title", "项目名称", true, ["项目名称", "名称", "title"]),
        ("description", "项目内容", true, ["项目内容", "建设内容", "内容", "description"]),
        ("place", "实施地点", false, ["实施地点", "地点", "place"]),
        ("budget", "估算投资（万元）", false, ["估算投资（万元）", "估算投资(万元)", "估算投资", "投资（万元）", "budget"]),
        ("lead", "承办单位", false, ["承办单位", "责任单位", "lead"]),
        ("source", "来源", false, ["来源", "source"]),
        ("name", "建议人", false, ["建议人", "提出人", "name"]),
        ("phone", "联系电话", false, ["联系电话", "电话", "phone"]),
    ];

    private static readonly Dictionary<string, string> Sources = new()
    {
        [""] = ProposalSources.Station, ["群众"] = ProposalSources.Public, ["部门"] = ProposalSources.Department,
        ["代表"] = ProposalSources.Deputy, ["联络站"] = ProposalSources.Station, ["代表联络站"] = ProposalSources.Station,
    };

    public static (List<SubmitProposalRequest> Rows, List<RosterRowError> Errors) Read(byte[] file) => TableFile.Read(file, "项目建议清单", Interpret);

    private static (List<SubmitProposalRequest>, List<RosterRowError>) Interpret(IEnumerable<string[]> records)
    {
        using var rows = records.Select(row => row.Select(cell => cell.Trim()).ToArray()).GetEnumerator();
        if (!rows.MoveNext()) return ([], [new(1, "文件为空，第1行应为表头（项目名称、项目内容）。")]);
        var columns = new Dictionary<string, int>();
        var errors = new List<RosterRowError>();
        foreach (var (field, label, required, names) in Columns)
        {
            var index = Array.FindIndex(rows.Current, h => names.Contains(h, StringComparer.OrdinalIgnoreCase));
            if (index >= 0) columns[field] = index;
            else if (required) errors.Add(new(1, $"表头缺少“{label}”列（第1行应为表头：项目名称、项目内容）。"));
        }
        if (errors.Count > 0) return ([], errors);

        var parsed = new List<SubmitProposalRequest>();
        for (var i = 1; rows.MoveNext() && errors.Count < MaxErrors; i++)
        {
            if (i > MaxRows) return ([], [new(MaxRows + 2, $"清单超过{MaxRows}项，请分批导入。")]);
            var cells = rows.Current;
            string Cell(string field) => columns.TryGetValue(field, out var c) && c < cells.Length ? cells[c] : "";
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var row = i + 1;
            var before = errors.Count;
            var (title, description, budgetText) = (Cell("title"), Cell("description"), Cell("budget"));
            if (title.Length is 0 or > Limits.ItemName) errors.Add(new(row, $"项目名称不能为空，也不能超过{Limits.ItemName}字。"));
            if (description.Length is 0 or > Limits.ItemContent) errors.Add(new(row, $"项目内容不能为空，也不能超过{Limits.ItemContent}字。"));
            if (Cell("place").Length > Limits.ItemGroup) errors.Add(new(row, $"实施地点超过{Limits.ItemGroup}字。"));
            if (Cell("lead").Length > Limits.ItemDepartment) errors.Add(new(row, $"承办单位超过{Limits.ItemDepartment}字。"));
            if (Cell("name").Length > Limits.PersonName || Cell("phone").Length > Limits.Code) errors.Add(new(row, "建议人或联系电话过长。"));
            decimal? budget = null;
            if (budgetText.Length > 0)
            {
                if (decimal.TryParse(budgetText, NumberStyles.Number, CultureInfo.InvariantCulture, out var wan) && wan >= 0) budget = wan;
                else errors.Add(new(row, $"估算投资“{budgetText}”应为以万元计的数字，例如 350 或 82.5。"));
            }
            if (!Sources.TryGetValue(Cell("source"), out var source))
                errors.Add(new(row, $"来源“{Cell("source")}”无法识别，应为群众、部门、代表或联络站。"));
            if (errors.Count == before)
                parsed.Add(new(title, description, Cell("place"), budget, Cell("lead"), Cell("name"), Cell("phone") is { Length: > 0 } phone ? phone : null, source));
        }
        if (parsed.Count == 0 && errors.Count == 0) errors.Add(new(2, "清单中没有项目。"));
        return errors.Count > 0 ? ([], errors) : (parsed, errors);
    }
}
