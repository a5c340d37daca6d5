using System.Text;
using System.Text.RegularExpressions;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.TestSupport;

/// <summary>
/// A sitting set up through the real API: roster, credentials from the printed sheet, a presidium, a chief scrutineer
/// (陈海涛, who holds the secret ballots' box keys: a secret ballot is not opened without one), a ballot.
/// </summary>
public sealed partial record PreparedSitting(
    int SittingId, VenueApiClient Secretariat, VenueApiClient Presidium, IReadOnlyDictionary<string, string> Codes, BallotView Ballot)
{
    public const string ChiefName = "陈海涛";

    /// <summary>The chief scrutineer designated at setup, with their card's code; null when the setup was asked not to designate one.</summary>
    public CountingStaffAdded? Chief { get; init; }

    public string ChiefCode => Chief?.Credential?.Code ?? throw new InvalidOperationException("No chief scrutineer was designated.");

    /// <summary>The presidium's code, for a client of another server of the hall.</summary>
    public string PresidiumCode { get; init; } = "";

    /// <summary>The deputies' codes in the order of their numbers (D001 first).</summary>
    public IReadOnlyList<string> CodesInOrder => [.. Codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value)];

    public static readonly CreateBallotRequest FiveChooseThree = new("2027年度民生实事项目票决", Places: 3, Items:
    [
        new("危桥改造项目", "七座桥梁拆除重建、维修", 300m, "镇交通运输管理站"),
        new("农村道路亮灯项目", "太阳能路灯1200盏", 350m, "镇农业综合服务站"),
        new("3500亩优质油菜种植项目", "优质油菜种植", 180m, "镇农业农村办"),
        new("宜居农房建设及环境提升项目", "农房改造", 420m, "镇规划建设办"),
        new("集镇污水管网改造项目", "污水管网6公里", 500m, "镇生态环境办"),
    ]);

    public static string Number(int index) => $"D{index + 1:000}";

    public static string RosterCsv(int deputies, string namePrefix = "代表") =>
        "姓名,代表证号,代表团/组,状态\n" +
        string.Join('\n', Enumerable.Range(0, deputies).Select(i => $"{namePrefix}{i + 1:000},{Number(i)},第{i % 5 + 1}代表组,在任"));

    public static Task<PreparedSitting> CreateAsync(
        TestVenue venue, string secretariatCode, int deputies, CreateBallotRequest? ballot = null, string name = "测试镇人民代表大会第一次会议",
        bool designateChief = true) =>
        CreateAsync(venue.Api, secretariatCode, deputies, ballot, name, designateChief);

    /// <summary>The same through any server's API, <paramref name="api"/> giving its client for a code (a server in a child process has no <see cref="TestVenue"/>).</summary>
    public static async Task<PreparedSitting> CreateAsync(
        Func<string, VenueApiClient> api, string secretariatCode, int deputies, CreateBallotRequest? ballot = null,
        string name = "测试镇人民代表大会第一次会议", bool designateChief = true)
    {
        var secretariat = api(secretariatCode);
        var sitting = await secretariat.CreateSittingAsync(new CreateSittingRequest(name));
        await secretariat.ImportRosterAsync(sitting.Id, Encoding.UTF8.GetBytes(RosterCsv(deputies, name[..2])));
        var codes = ParseSheet(await secretariat.IssueCredentialSheetAsync(sitting.Id));
        var presidium = await secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席");
        var chief = designateChief ? await secretariat.AddCountingStaffAsync(sitting.Id, new(ChiefName, CountingRole.ChiefScrutineer)) : null;
        var created = await secretariat.CreateBallotAsync(sitting.Id, ballot ?? FiveChooseThree);
        return new PreparedSitting(sitting.Id, secretariat, api(presidium.Code), codes, created) { Chief = chief, PresidiumCode = presidium.Code };
    }

    /// <summary>Deputy number → credential code ("ABCD-EFGH-…"), read off the printed sheet as a person would.</summary>
    public static Dictionary<string, string> ParseSheet(string html) =>
        CardPattern().Matches(html).ToDictionary(m => m.Groups["number"].Value, m => m.Groups["code"].Value.Replace(' ', '-'));

    public int Project(int position) => Ballot.Items[position].Id;

    /// <summary>The secretariat asks for an act and the presidium confirms it, as the two roles do before the act.</summary>
    public async Task<ConfirmationView> ConfirmedAsync(ConfirmationRequest request)
    {
        var asked = await Secretariat.RequestConfirmationAsync(SittingId, request);
        return await Presidium.ConfirmAsync(asked.Id, "主席团会议同意");
    }

    [GeneratedRegex("""data-number="(?<number>[^"]+)"[\s\S]*?class="credential-code">(?<code>[0-9A-Z -]+)<""")]
    private static partial Regex CardPattern();
}
