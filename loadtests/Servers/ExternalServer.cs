namespace PeoplesCongress.LoadTests;

/// <summary>A venue server someone else started (--server); with --server-pid its /proc is read.</summary>
internal sealed class ExternalServer(Uri url, string secretariatCode, int? pid) : IServerUnderTest
{
    public string Description => pid is { } id ? $"VotingServer at {url}, process {id}" : $"VotingServer at {url} (no --server-pid: no memory or CPU figures)";
    public Uri Url => url;
    public string? SecretariatCode => secretariatCode;
    public ProcessStats Stats { get; } = pid is { } id ? ProcessStats.Of(id) : ProcessStats.Unknown;
    public string? Failure => pid is { } id && !Directory.Exists($"/proc/{id}") ? $"process {id} is gone" : null;
    public int? ErrorsLogged => null;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
