using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Ballots.Kinds;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

public sealed class KindCatalogTests
{
    [Fact]
    public void EveryKindOnTheWireHasOneDescriptor()
    {
        Assert.Equal(BallotKinds.All.Order(), KindCatalog.Codes.Order());
        Assert.All(BallotKinds.All, code => Assert.Equal(code, KindCatalog.Of(code).Code));
    }

    [Fact]
    public void AnUnknownKindIsRefusedNamingTheKindsThereAre()
    {
        var refused = Assert.Throws<PeoplesCongress.VotingServer.Errors.VenueError>(() => KindCatalog.Requested("referendum"));
        Assert.Equal(ErrorCodes.Invalid, refused.Code);
        Assert.All(BallotKinds.All, code => Assert.Contains(code, refused.Message));
    }
}
