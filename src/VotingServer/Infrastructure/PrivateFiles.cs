using System.Runtime.InteropServices;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>
/// The data folder holds every vote, credential hash, key and log: only the server's own user may read it. The
/// process umask makes every file and folder it creates from then on private (0600 and 0700), whatever creates it
/// (SQLite's WAL and SHM, Serilog's logs, exports); a folder written by an earlier version, with its files, is made
/// private at start.
/// </summary>
public static partial class PrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode GroupAndOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Call before anything writes to <paramref name="directory"/>.</summary>
    public static void Prepare(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }
        _ = umask(0b000_111_111);
        Directory.CreateDirectory(directory, OwnerOnly);
        File.SetUnixFileMode(directory, OwnerOnly);
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
            if ((entry.UnixFileMode & GroupAndOthers) != 0) entry.UnixFileMode &= ~GroupAndOthers;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern uint umask(uint mask);
}
