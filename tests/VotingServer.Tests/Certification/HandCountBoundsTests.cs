using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Tests.Errors;

namespace PeoplesCongress.VotingServer.Tests.Certification;

/// <summary>Hand-counted totals no paper vote of the sitting could produce are refused with a code, never a 500.</summary>
public sealed class HandCountBoundsTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Theory]
    [InlineData(5_000_000, 5_000_000, 1, "发出票数和收回票数应在0与应到代表数10之间。")]
    [InlineData(10, int.MaxValue, 1, "发出票数和收回票数应在0与应到代表数10之间。")]
    [InlineData(10, 10, int.MaxValue, "“危桥改造项目”的得票超过有效票数10。")]
    public async Task TotalsBeyondTheRosterAreRefusedAndTheBallotStaysADraft(int issued, int returned, int votes, string why)
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 10);
        var items = string.Join(",", sitting.Ballot.Items.Select(i => $$"""{"itemId": {{i.Id}}, "counts": {"for": {{votes}} } }"""));
        var refused = await RawRequests.PostJsonAsync(venue, $"api/ballots/{sitting.Ballot.Id}/hand-count",
            $$"""{"issued": {{issued}}, "returned": {{returned}}, "items": [{{items}}]}""");
        Assert.Equal(new Refusal(400, ErrorCodes.Invalid, "人工计票数据有误：" + why), refused);
        Assert.Equal(BallotState.Draft, (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).Single().State);
    }

    [Fact]
    public async Task CountsThatWouldOverflowASumAreRefused()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 10);
        var motion = await sitting.Secretariat.CreateBallotAsync(sitting.SittingId, new("关于某事项的决定", Kind: BallotKind.Motion));
        var refused = await RawRequests.PostJsonAsync(venue, $"api/ballots/{motion.Id}/hand-count", $$"""
            {"issued": 10, "returned": 10, "items": [{"itemId": {{motion.Items[0].Id}},
             "counts": {"for": 2147483647, "against": 2147483647}, "invalid": 2147483647}]}
            """);
        Assert.Equal(new Refusal(400, ErrorCodes.Invalid, "人工计票数据有误：“关于某事项的决定”的每项票数应在0与收回票数10之间。"), refused);
        Assert.Equal(BallotState.Draft, (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).Single(b => b.Id == motion.Id).State);
    }

    [Fact]
    public async Task AnItemCountedTwiceIsRefusedWithACode()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 10);
        var first = sitting.Ballot.Items[0].Id;
        var items = string.Join(",", sitting.Ballot.Items.Select(i => i.Id).Prepend(first)
            .Select(id => $$"""{"itemId": {{id}}, "counts": {"for": 1} }"""));
        var refused = await RawRequests.PostJsonAsync(venue, $"api/ballots/{sitting.Ballot.Id}/hand-count",
            $$"""{"issued": 10, "returned": 10, "items": [{{items}}]}""");
        Assert.Equal(new Refusal(400, ErrorCodes.Invalid, $"人工计票数据有误：编号为{first}的项目或对象填写了2次，每个只能填写一次。"), refused);
        Assert.Equal(BallotState.Draft, (await sitting.Secretariat.BallotsAsync(sitting.SittingId)).Single().State);
    }

    [Fact]
    public async Task ANullItemInAHandCountIsRefusedWithACode()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 10);
        var refused = await RawRequests.PostJsonAsync(venue, $"api/ballots/{sitting.Ballot.Id}/hand-count",
            """{"issued": 10, "returned": 10, "items": [null]}""");
        Assert.Equal(new Refusal(400, ErrorCodes.Invalid, "计票项目（items）的第1个元素为空（null）。"), refused);
    }
}
