using System.Diagnostics;

namespace PeoplesCongress.LoadTests;

/// <summary>A venue server someone else started (--server); with --server-pid its /proc is read, and it can be killed.</summary>
internal sealed class ExternalServer(Uri url, string secretariatCode, int? pid) : IServerUnderTest, IKillable
{
    private volatile bool killed;

    public string Description => pid is { } id ? $"VotingServer at {url}, process {id}" : $"VotingServer at {url} (no --server-pid: no memory or CPU figures)";
    public Uri Url => url;
    public string? SecretariatCode => secretariatCode;
    public ProcessStats Stats { get; } = pid is { } id ? ProcessStats.Of(id) : ProcessStats.Unknown;
    public string? Failure => !killed && pid is { } id && !Directory.Exists($"/proc/{id}") ? $"process {id} is gone" : null;
    public int? ErrorsLogged => null;

    /// <summary>SIGKILL by the process id given with --server-pid.</summary>
    public async Task KillAsync()
    {
        killed = true;
        if (pid is not { } id) throw new InvalidOperationException($"no --server-pid for {url}");
        using var kill = Process.Start("kill", ["-KILL", $"{id}"]);
        await kill.WaitForExitAsync();
        // Gone once /proc no longer lists it (a zombie of someone else's shell keeps its entry until reaped: 5 s at most).
        for (var waited = 0; waited < 50 && Directory.Exists($"/proc/{id}/fd"); waited++) await Task.Delay(100);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
