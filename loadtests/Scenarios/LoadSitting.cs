using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// A sitting set up through the real API as the secretariat would: roster file, one credential sheet for all
/// deputies (read back off the printed cards), a presidium credential to open and close ballots, and a chief
/// scrutineer, who holds the secret ballots' box keys (a secret ballot is not opened without one) and signs the count
/// record.
/// </summary>
internal sealed partial record LoadSitting(
    int SittingId, VenueApiClient Secretariat, VenueApiClient Presidium, IReadOnlyList<string> Codes, VenueApiClient Scrutineer,
    (string Secretariat, string Presidium, string Scrutineer) StaffCodes)
{
    /// <summary>The same sitting and staff through another server of the hall.</summary>
    public LoadSitting On(Uri server) => this with
    {
        Secretariat = Api(server, StaffCodes.Secretariat), Presidium = Api(server, StaffCodes.Presidium), Scrutineer = Api(server, StaffCodes.Scrutineer),
    };

    public static async Task<LoadSitting> CreateAsync(Uri server, string secretariatCode, string scenario, int deputies)
    {
        var secretariat = Api(server, secretariatCode);
        var sitting = await secretariat.CreateSittingAsync(new CreateSittingRequest($"负载测试（{scenario}，{deputies}名代表）"));
        var roster = "姓名,代表证号,代表团/组\n" + string.Join('\n',
            Enumerable.Range(1, deputies).Select(i => $"代表{i:00000},L{i:00000},第{i % 20 + 1}代表团"));
        await secretariat.ImportRosterAsync(sitting.Id, Encoding.UTF8.GetBytes(roster));
        var sheet = await secretariat.IssueCredentialSheetAsync(sitting.Id);
        var codes = CodePattern().Matches(sheet).Select(m => m.Groups[1].Value.Replace(' ', '-')).ToList();
        if (codes.Count != deputies) throw new InvalidOperationException($"the credential sheet has {codes.Count} codes for {deputies} deputies");
        var presidium = await secretariat.IssueStaffCredentialAsync(Role.Presidium, "负载测试执行主席");
        var chief = await secretariat.AddCountingStaffAsync(sitting.Id, new("负载测试总监票人", CountingRole.ChiefScrutineer));
        return new LoadSitting(sitting.Id, secretariat, Api(server, presidium.Code), codes, Api(server, chief.Credential!.Code),
            (secretariatCode, presidium.Code, chief.Credential!.Code));
    }

    public Task<BallotView> CreateBallotAsync(CreateBallotRequest request) => Secretariat.CreateBallotAsync(SittingId, request);

    /// <summary>Credential sheets of thousands of QR codes take longer than HttpClient's default 100 s allows.</summary>
    private static VenueApiClient Api(Uri server, string code)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", code);
        return new VenueApiClient(http);
    }

    [GeneratedRegex("""class="credential-code">([0-9A-Z -]+)<""")]
    private static partial Regex CodePattern();
}
