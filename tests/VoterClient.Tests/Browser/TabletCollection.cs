using PeoplesCongress.TestSupport;

// A test class added outside the collection still waits its turn: never two browsers driven at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace PeoplesCongress.VoterClient.Tests.Browser;

/// <summary>
/// The tablet tests run one at a time, in one Chromium, on one venue server: two cores shared with other work cannot
/// drive several browsers and servers at once without pages missing their timeouts. Each test prepares its own
/// sitting (<see cref="TabletSitting"/>), and a deputy's tablet shows only the deputy's sitting.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TabletCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<SharedVenue>
{
    public const string Name = "Tablets";
}
