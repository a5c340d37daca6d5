using PeoplesCongress.TestSupport;

// A test class added outside the collection still waits its turn: never two browsers driven at once.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace PeoplesCongress.StaffPages.Tests.Support;

/// <summary>
/// The staff-page tests run one at a time, in one Chromium, on one venue server: two cores shared with other work
/// cannot drive several browsers and servers at once without pages missing their timeouts. Each test prepares its
/// own sitting; a staff page opens the newest sitting, which, one test at a time, is the test's own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class StaffPagesCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<SharedVenue>
{
    public const string Name = "Staff pages";
}
