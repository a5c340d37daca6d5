using System.Net.Http.Headers;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VoterClient.Tests;

/// <summary>
/// A sitting for the browser tests: deputy D001 (测试001) is left for the tablet under test; the others sign in through
/// the typed C# client, enough for quorum, and vote through it too.
/// </summary>
public sealed class TabletSitting(TestVenue venue, PreparedSitting setup, IReadOnlyList<VenueConnection> others) : IAsyncDisposable
{
    public const string Name = "测试001";
    public static readonly string Number = PreparedSitting.Number(0);

    public static readonly CreateBallotRequest Approval = new("2027年度民生实事项目票决（逐项表决）", Kind: BallotKind.ProjectApproval, Places: 2,
        Items: [new("村级养老服务站项目", "建设村级养老服务站5个", 200m, "镇社会事务办"), new("农贸市场改造项目", "改造集镇农贸市场", 260m, "镇市场监管所"),
            new("河道清淤整治项目", "清淤整治河道9公里", 180m, "镇生态环境办")]);

    public static readonly CreateBallotRequest Satisfaction = new("政府工作部门满意度测评", Kind: BallotKind.Satisfaction,
        Scale: AppraisalScales.SatisfactionWithUnknown,
        Items: [new("财政所", Group: "政府工作部门"), new("规划建设办", Group: "政府工作部门"), new("综合执法队", Group: "政府工作部门")]);

    public static readonly CreateBallotRequest Appraisal = new("副镇长履职情况民主测评", Kind: BallotKind.Appraisal,
        Items: [new("李志强", Group: "副镇长"), new("张丽华", Group: "副镇长")]);

    public static readonly CreateBallotRequest Motion = new("关于通过《民生实事项目人大代表票决办法》的决定", Kind: BallotKind.Motion);

    public PreparedSitting Setup { get; } = setup;
    public IReadOnlyList<VenueConnection> Others { get; } = others;

    /// <summary>The tablet deputy's code: from the printed sheet, or from the last QR code issued.</summary>
    public string Code { get; private set; } = setup.Codes[Number];

    public static async Task<TabletSitting> CreateAsync(TestVenue venue, int deputies = 5)
    {
        var setup = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies);
        var others = new List<VenueConnection>();
        foreach (var (_, code) in setup.Codes.Where(c => c.Key != Number).OrderBy(c => c.Key)) others.Add(await venue.SignInAsync(code));
        return new TabletSitting(venue, setup, others);
    }

    /// <summary>Reissues the tablet deputy's credential as the QR code printed on the card (a PNG made by the server).</summary>
    public async Task<byte[]> IssueQrAsync()
    {
        using var http = venue.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", venue.BootstrapCode);
        using var response = await http.PostAsync($"api/sittings/{Setup.SittingId}/deputies/{Number}/credential/qr", null);
        response.EnsureSuccessStatusCode();
        Code = response.Headers.GetValues("X-Credential-Code").Single();
        return await response.Content.ReadAsByteArrayAsync();
    }

    public async Task<BallotView> OpenAsync(CreateBallotRequest request) =>
        await Setup.Presidium.OpenBallotAsync((await Setup.Secretariat.CreateBallotAsync(Setup.SittingId, request)).Id);

    public Task<BallotView> OpenSelectionAsync() => Setup.Presidium.OpenBallotAsync(Setup.Ballot.Id);

    /// <summary>Every other deputy votes: the first project, or the first option on every item.</summary>
    public async Task OthersVoteAsync(BallotView ballot)
    {
        foreach (var tablet in Others)
        {
            await tablet.CastAsync(ballot.Kind == BallotKind.ProjectSelection
                ? new CastRequest(ballot.Id, [ballot.Items[0].Id], VenueConnection.NewCastId())
                : new CastRequest(ballot.Id, null, VenueConnection.NewCastId(), [.. ballot.Items.Select(i => new ItemChoice(i.Id, ballot.Options[0].Code.Wire()))]));
        }
    }

    public Task<BallotResultView> CloseAsync(BallotView ballot) => Setup.Presidium.CloseBallotAsync(ballot.Id);

    public async ValueTask DisposeAsync()
    {
        foreach (var tablet in Others) await tablet.DisposeAsync();
    }
}
