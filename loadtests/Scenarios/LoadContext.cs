namespace PeoplesCongress.LoadTests;

/// <summary>
/// What every scenario of a run shares: the options, the venue server (and how many scenarios it has run
/// before this one), the progress line, the bare path; in a hall of several servers, all their URLs (the first is
/// <see cref="Venue"/>), the servers given on the command line, and the settings a server started here gets.
/// </summary>
internal sealed record LoadContext(LoadOptions Options, IServerUnderTest Venue, Progress Progress, int ScenariosBefore = 0)
{
    /// <summary>Every server of the hall, in order; just the venue server's URL for one server.</summary>
    public IReadOnlyList<Uri> HallUrls { get; init; } = [Venue.Url];

    /// <summary>The servers given with --server (empty when started here).</summary>
    public IReadOnlyList<IServerUnderTest> Given { get; init; } = [];

    /// <summary>Servers started here at once, the venue server first (two on PostgreSQL); empty otherwise.</summary>
    public IReadOnlyList<IServerUnderTest> Started { get; init; } = [];

    /// <summary>The hall's Venue:Servers settings, for a server started here.</summary>
    public IReadOnlyList<string> HallSettings { get; init; } = [];

    /// <summary>The bare path, in this process or a child process as the venue server is, so they compare fairly.</summary>
    public async Task<IServerUnderTest> StartBareAsync(CancellationToken cancellationToken) =>
        Options.SeparateProcess || Options.Server is not null
            ? await ChildServer.StartBareAsync(cancellationToken)
            : await InProcessServer.StartBareAsync();
}
