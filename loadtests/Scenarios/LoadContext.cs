namespace PeoplesCongress.LoadTests;

/// <summary>
/// What every scenario of a run shares: the options, the venue server (and how many scenarios it has run
/// before this one), the progress line, the bare path.
/// </summary>
internal sealed record LoadContext(LoadOptions Options, IServerUnderTest Venue, Progress Progress, int ScenariosBefore = 0)
{
    /// <summary>The bare path, in this process or a child process as the venue server is, so they compare fairly.</summary>
    public async Task<IServerUnderTest> StartBareAsync(CancellationToken cancellationToken) =>
        Options.SeparateProcess || Options.Server is not null
            ? await ChildServer.StartBareAsync(cancellationToken)
            : await InProcessServer.StartBareAsync();
}
