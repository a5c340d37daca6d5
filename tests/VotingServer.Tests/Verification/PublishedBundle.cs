using System.Text;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.Verifier;

namespace PeoplesCongress.VotingServer.Tests.Verification;

/// <summary>
/// One real ballot, published: twelve deputies vote on tablets, the presidium closes, both scrutineers sign with
/// their cards, the secretariat publishes, and anyone downloads the notice's bundle (as text, exactly as served).
/// </summary>
public sealed class PublishedBundle : IAsyncLifetime
{
    public TestVenue Venue { get; private set; } = null!;
    public NoticeView Notice { get; private set; } = null!;
    public string Text { get; private set; } = "";
    public PublicationBundle Bundle => BundleFile.Parse(Text);
    public string ServerFingerprint { get; private set; } = "";

    /// <summary>The bundle of a motion of the same sitting counted by hand (人工计票), signed and published the same way.</summary>
    public string HandCountText { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Venue = await TestVenue.StartAsync();
        await using var sitting = await SignedInSitting.CreateAsync(Venue, deputies: 12);
        var secretariat = sitting.Setup.Secretariat;
        var chief = sitting.Setup.Chief!;
        var second = await secretariat.AddCountingStaffAsync(sitting.Setup.SittingId, new("杨春梅", CountingRole.Scrutineer));
        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 12; d++) await sitting.MarkAsync(d, ballot, d switch { < 6 => [0, 1], < 9 => [1, 2], < 11 => [3], _ => [] });
        await sitting.Presidium.CloseBallotAsync(ballot.Id);
        await Venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id);
        await Venue.Api(second.Credential!.Code).SignCountRecordAsync(ballot.Id);
        Notice = await secretariat.PublishAsync(ballot.Id);
        Text = Encoding.UTF8.GetString(await Venue.Api("").DownloadAsync(Notice.BundleUrl));
        ServerFingerprint = BundleFile.Parse(Text).ServerKey.Fingerprint;

        var motion = await sitting.CreateAsync(new("关于一项决定", Kind: BallotKind.Motion));
        await secretariat.HandCountAsync(motion.Id, new(12, 12,
            [new(motion.Items[0].Id, new Dictionary<string, int> { ["for"] = 10, ["against"] = 1, ["abstain"] = 1 })], Note: "改用纸质选票"));
        await Venue.Api(chief.Credential!.Code).SignCountRecordAsync(motion.Id);
        await Venue.Api(second.Credential!.Code).SignCountRecordAsync(motion.Id);
        var byHand = await secretariat.PublishAsync(motion.Id);
        HandCountText = Encoding.UTF8.GetString(await Venue.Api("").DownloadAsync(byHand.BundleUrl));
    }

    public async Task DisposeAsync()
    {
        if (Venue is not null) await Venue.DisposeAsync();
    }
}
