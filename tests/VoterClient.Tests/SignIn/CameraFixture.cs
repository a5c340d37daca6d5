using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient.Tests.Browser;
using PeoplesCongress.VoterClient.Tests.Camera;

namespace PeoplesCongress.VoterClient.Tests.SignIn;

/// <summary>
/// A venue with a sitting, and a browser whose fake camera shows the tablet deputy's real credential QR code: the PNG
/// the server makes for the printed card, turned into the video Chromium plays as the camera.
/// </summary>
public sealed class CameraFixture : BrowserFixture
{
    private readonly string video = Path.Combine(Path.GetTempPath(), $"pc-camera-{Guid.NewGuid():N}.y4m");

    public TestVenue Venue { get; private set; } = null!;
    public TabletSitting Sitting { get; private set; } = null!;

    protected override string[] Arguments => Chromium.FakeCamera(video);

    public override async Task InitializeAsync()
    {
        Venue = await TestVenue.StartAsync();
        Sitting = await TabletSitting.CreateAsync(Venue);
        FakeCameraVideo.Write(video, PngImage.Decode(await Sitting.IssueQrAsync()));
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Sitting.DisposeAsync();
        await Venue.DisposeAsync();
        File.Delete(video);
    }
}
