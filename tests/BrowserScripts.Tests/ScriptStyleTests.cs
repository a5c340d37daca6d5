using System.Diagnostics;

namespace PeoplesCongress.BrowserScripts.Tests;

/// <summary>
/// The JavaScript of the tablet app and the venue server's pages passes ESLint and is as Prettier formats it: the
/// README's `npm run lint` and `npm run format:check`, with their findings as the failure message.
/// </summary>
public class ScriptStyleTests
{
    [Fact]
    public Task ScriptsPassTheLinter() => AssertCleanAsync("lint");

    [Fact]
    public Task ScriptsAreFormatted() => AssertCleanAsync("format:check");

    private static async Task AssertCleanAsync(string script)
    {
        var start = new ProcessStartInfo("npm", ["run", "--silent", script])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var npm = Process.Start(start)!;
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await npm.WaitForExitAsync(timeout.Token);
        Assert.True(npm.ExitCode == 0, $"npm run {script} found problems:\n{await output}{await errors}");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PeoplesCongress.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("PeoplesCongress.sln was not found above the test binaries.");
    }
}
