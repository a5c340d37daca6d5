using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.Verifier;

namespace PeoplesCongress.VotingServer.Tests.Demo;

public sealed partial class DemoTests
{
    /// <summary>
    /// The README's steps, done for real on the demo: deputies vote on tablets with codes from the demo's credential
    /// sheet, the presidium closes, the two scrutineer codes the demo printed sign, the secretariat publishes, anyone
    /// downloads the bundle, and the verifier finds every check holding against the server key fingerprint.
    /// </summary>
    [Fact]
    public async Task ABallotOfTheDemoIsPublishedAndItsBundlePassesTheOfflineVerifier()
    {
        await using var venue = await TestVenue.StartDemoAsync();
        var printed = venue.DemoPrinted!;
        var presidium = venue.Api(CodeOf(printed, "presidium"));
        var secretariat = venue.Api(CodeOf(printed, "secretariat"));
        var sitting = Assert.Single(await secretariat.SittingsAsync());
        var motion = (await secretariat.BallotsAsync(sitting.Id)).First(b => b.Kind == BallotKind.Motion);
        var codes = PreparedSitting.ParseSheet(await File.ReadAllTextAsync(Path.Combine(venue.DataDirectory, "demo-credential-sheet.html")));

        // More than two thirds of the 45 must be present to open: 40 deputies sign in and vote.
        var tablets = new List<VenueConnection>();
        foreach (var (_, code) in codes.OrderBy(c => c.Key).Take(40)) tablets.Add(await venue.SignInAsync(code));
        await presidium.OpenBallotAsync(motion.Id);
        var options = new[] { "for", "for", "for", "against", "abstain" };
        for (var i = 0; i < tablets.Count; i++)
        {
            await tablets[i].CastAsync(new CastRequest(motion.Id, null, VenueConnection.NewCastId(),
                [new ItemChoice(motion.Items[0].Id, options[i % options.Length])]));
        }
        await presidium.CloseBallotAsync(motion.Id);
        foreach (var role in new[] { "chief-scrutineer", "scrutineer" })
            await venue.Api(CodeOf(printed, role)).SignCountRecordAsync(motion.Id);
        var notice = await secretariat.PublishAsync(motion.Id);
        foreach (var tablet in tablets) await tablet.DisposeAsync();

        var text = Encoding.UTF8.GetString(await venue.Api("").DownloadAsync(notice.BundleUrl));
        var path = Path.Combine(Artifacts.Folder("verification"), "demo-notice.bundle.json");
        await File.WriteAllTextAsync(path, text);
        var bundle = BundleFile.Read(path);
        Assert.Equal(40, bundle.Box.Count);
        var report = BundleVerifier.Verify(bundle, venue.Service<ServerSigningKey>().Fingerprint);
        Assert.Empty(report.FailedCodes);
        var writer = new StringWriter();
        ReportWriter.Write(writer, path, bundle, report, TimeSpan.Zero);
        await File.WriteAllTextAsync(Path.Combine(Artifacts.Folder("verification"), "demo-report.txt"), writer.ToString());
        Assert.Contains("恒口镇第二十届人民代表大会第三次会议 公告 第1号", writer.ToString());
    }
}
