using Xunit;

namespace PeoplesCongress.TestSupport;

/// <summary>
/// One venue server for all the tests of a class (xunit runs them one after another); each test prepares its own
/// sitting on it and asserts only on what belongs to that sitting. Tests that restart the server, read its files,
/// change its settings or count across the whole server start a private <see cref="TestVenue"/> instead.
/// </summary>
public sealed class SharedVenue : IAsyncLifetime
{
    public TestVenue Venue { get; private set; } = null!;

    public async Task InitializeAsync() => Venue = await TestVenue.StartAsync();

    public async Task DisposeAsync()
    {
        if (Venue is not null) await Venue.DisposeAsync();
    }
}
