using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.TestSupport;

/// <summary>
/// A term set up through the real API: its register (deputies T001… in stations), departments, and the personal
/// credentials of the deputies and the departments' credentials, by number and by name.
/// </summary>
public sealed record PreparedTerm(
    TermView Term, VenueApiClient Secretariat, IReadOnlyDictionary<string, string> DeputyCodes,
    IReadOnlyDictionary<string, DepartmentView> Departments, IReadOnlyDictionary<string, string> DepartmentCodes)
{
    public int TermId => Term.Id;

    public static readonly string[] StationNames = ["城关代表联络站", "江北代表联络站", "东关代表联络站"];
    public static readonly string[] DepartmentNames = ["区住房和城乡建设局", "区交通运输局", "区教育体育局"];

    public static string Number(int index) => $"T{index + 1:000}";

    public static string RegisterCsv(int deputies) =>
        "姓名,代表证号,代表联络站,状态\n" +
        string.Join('\n', Enumerable.Range(0, deputies).Select(i => $"届代表{i + 1:000},{Number(i)},{StationNames[i % StationNames.Length]},在任"));

    public static async Task<PreparedTerm> CreateAsync(TestVenue venue, string secretariatCode, int deputies = 6, CreateTermRequest? term = null)
    {
        var secretariat = venue.Api(secretariatCode);
        var created = await secretariat.CreateTermAsync(term ?? new CreateTermRequest("测试区第十八届人民代表大会"));
        await secretariat.ImportTermRegisterAsync(created.Id, Encoding.UTF8.GetBytes(RegisterCsv(deputies)));
        var codes = new Dictionary<string, string>();
        for (var i = 0; i < deputies; i++) codes[Number(i)] = (await secretariat.IssuePersonalCredentialAsync(created.Id, Number(i))).Code;
        var departments = new Dictionary<string, DepartmentView>();
        var departmentCodes = new Dictionary<string, string>();
        foreach (var name in DepartmentNames)
        {
            var department = departments[name] = await secretariat.AddDepartmentAsync(created.Id, name);
            departmentCodes[name] = (await secretariat.IssueDepartmentCredentialAsync(created.Id, department.Id)).Code;
        }
        return new PreparedTerm(created, secretariat, codes, departments, departmentCodes);
    }
}
