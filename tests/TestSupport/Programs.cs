using System.Diagnostics;

namespace PeoplesCongress.TestSupport;

/// <summary>Runs a program the tests rely on (pdftotext, pdftoppm) and returns what it printed; fails loudly if it is missing.</summary>
public static class Programs
{
    public static Task<string> RunAsync(string program, params string[] arguments) => RunAsync(TimeSpan.FromMinutes(1), program, arguments);

    /// <summary>As <see cref="RunAsync(string, string[])"/>, for a program that may take longer on a busy machine.</summary>
    public static async Task<string> RunAsync(TimeSpan timeout, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start (install it: see .ci/run).");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(timeout);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await errors}");
        return await output;
    }
}
