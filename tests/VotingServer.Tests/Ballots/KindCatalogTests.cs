using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots.Kinds;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

public sealed class KindCatalogTests
{
    [Fact]
    public void EveryKindOnTheWireHasOneDescriptor()
    {
        Assert.Equal(Enum.GetValues<BallotKind>().Order(), KindCatalog.Codes.Order());
        Assert.All(Enum.GetValues<BallotKind>(), code => Assert.Equal(code, KindCatalog.Of(code).Code));
    }

    [Fact]
    public void AnUnknownKindIsRefusedNamingTheKindsThereAre()
    {
        var refused = Assert.Throws<PeoplesCongress.VotingServer.Errors.VenueError>(() => KindCatalog.Requested((BallotKind)99));
        Assert.Equal(ErrorCodes.Invalid, refused.Code);
        Assert.All(WireNames.All<BallotKind>(), code => Assert.Contains(code, refused.Message));
    }
}
