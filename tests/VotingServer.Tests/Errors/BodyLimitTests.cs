using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Errors;

public sealed class BodyLimitTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task AJsonBodyOverTheLimitGets413NamingTheLimitAndNothingIsAdded()
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var before = (await secretariat.SittingsAsync()).Count;
        var refused = await RawRequests.PostJsonAsync(venue, "api/sittings",
            $$"""{"name": "会议", "padding": "{{new string('x', Limits.JsonBodyBytes)}}"}""");
        Assert.Equal(new Refusal(413, ErrorCodes.Invalid, "请求内容过大，超过服务器允许的上限（256KB）。"), refused);
        Assert.Equal(before, (await secretariat.SittingsAsync()).Count);
    }
}
