using System.Runtime.Versioning;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>The data folder and every file the server writes in it are for the server's own user alone.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class FileModeTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task TheDataFolderAndItsFilesAreTheServersAloneAfterABallotIsCastAndASheetExported()
    {
        await using var venue = await TestVenue.StartAsync();
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 1);
        await using var tablet = await venue.SignInAsync(sitting.Codes[PreparedSitting.Number(0)]);
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);
        await tablet.CastAsync(new CastRequest(sitting.Ballot.Id, [sitting.Project(0)], VenueConnection.NewCastId()));
        await venue.SeedDemoAsync();

        Assert.Equal(Folder, System.IO.File.GetUnixFileMode(venue.DataDirectory));
        var folders = Directory.GetDirectories(venue.DataDirectory, "*", SearchOption.AllDirectories);
        Assert.Contains(Path.Combine(venue.DataDirectory, "https"), folders);
        Assert.Contains(venue.LogDirectory, folders);
        Assert.All(folders, f => Assert.Equal((f, Folder), (f, System.IO.File.GetUnixFileMode(f))));
        var files = Directory.GetFiles(venue.DataDirectory, "*", SearchOption.AllDirectories);
        Assert.Contains(venue.DatabasePath + "-wal", files);
        Assert.Contains(venue.DatabasePath + "-shm", files);
        Assert.Contains(files, f => f.EndsWith(".log", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("venue-ca.key", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(venue.DataDirectory, "demo-credential-sheet.html"), files);
        Assert.All(files, f => Assert.Equal((f, File), (f, System.IO.File.GetUnixFileMode(f))));
    }

    [Fact]
    public async Task AnExistingOpenDataFolderAndItsFilesAreClosedAtStart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-modes-" + Guid.NewGuid().ToString("N"));
        const UnixFileMode readable = UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        Directory.CreateDirectory(folder, Folder | readable | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var oldLog = Path.Combine(folder, "logs", "venue-20260101.log");
        Directory.CreateDirectory(Path.GetDirectoryName(oldLog)!);
        await System.IO.File.WriteAllTextAsync(oldLog, "{}");
        System.IO.File.SetUnixFileMode(oldLog, File | readable);
        try
        {
            await using var venue = await TestVenue.RestartOnAsync(folder);
            Assert.Equal(Folder, System.IO.File.GetUnixFileMode(folder));
            Assert.Equal(File, System.IO.File.GetUnixFileMode(oldLog));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
