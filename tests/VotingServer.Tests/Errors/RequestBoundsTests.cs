using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Errors;

/// <summary>Every text field and list of a request has a documented limit; over it, a coded refusal and no change.</summary>
public sealed class RequestBoundsTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ASittingNameOverItsLimitIsRefusedNamingTheFieldAndNothingIsAdded()
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var before = (await secretariat.SittingsAsync()).Count;
        var refused = await Assert.ThrowsAsync<VenueException>(() =>
            secretariat.CreateSittingAsync(new CreateSittingRequest(new string('会', Limits.SittingName + 100))));
        Assert.Equal((400, ErrorCodes.Invalid), (refused.HttpStatus, refused.Code));
        Assert.Equal($"会议名称（name）不能超过{Limits.SittingName}字，现为{Limits.SittingName + 100}字。", refused.Message);
        Assert.Equal(before, (await secretariat.SittingsAsync()).Count);
        await secretariat.CreateSittingAsync(new CreateSittingRequest(new string('会', Limits.SittingName)));
    }

    [Fact]
    public async Task ABallotWithANullItemIsRefusedWithACodeAndNothingIsAdded()
    {
        var sitting = await venue.Api(venue.BootstrapCode!).CreateSittingAsync(new("空项目测试会议"));
        var refused = await RawRequests.PostJsonAsync(venue, $"api/sittings/{sitting.Id}/ballots",
            """{"title": "票决", "places": 1, "items": [null]}""");
        Assert.Equal(new Refusal(400, ErrorCodes.Invalid, "候选项目或测评对象（items）的第1个元素为空（null）。"), refused);
        Assert.Empty(await venue.Api(venue.BootstrapCode!).BallotsAsync(sitting.Id));
    }

    [Theory]
    [InlineData("content", Limits.ItemContent, "第2项的内容（items[1].content）")]
    [InlineData("leadDepartment", Limits.ItemDepartment, "第2项的牵头部门（items[1].leadDepartment）")]
    [InlineData("group", Limits.ItemGroup, "第2项的分组（items[1].group）")]
    [InlineData("name", Limits.ItemName, "第2项的名称（items[1].name）")]
    public async Task AnItemFieldOverItsLimitIsRefusedNamingTheFieldAndItsLimit(string field, int limit, string named)
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new("项目字段测试会议"));
        var longText = new string('项', limit + 1);
        var item = field switch
        {
            "content" => new NewItem("乙", Content: longText),
            "leadDepartment" => new NewItem("乙", LeadDepartment: longText),
            "group" => new NewItem("乙", Group: longText),
            _ => new NewItem(longText),
        };
        var refused = await Assert.ThrowsAsync<VenueException>(() =>
            secretariat.CreateBallotAsync(sitting.Id, new("票决", Places: 1, Items: [new("甲"), item])));
        Assert.Equal((400, ErrorCodes.Invalid), (refused.HttpStatus, refused.Code));
        Assert.Equal($"{named}不能超过{limit}字，现为{limit + 1}字。", refused.Message);
        Assert.Empty(await secretariat.BallotsAsync(sitting.Id));
    }

    [Fact]
    public async Task MoreItemsThanTheLimitAreRefused()
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new("项目数量测试会议"));
        var items = Enumerable.Range(1, Limits.Items + 1).Select(i => new NewItem($"项目{i}")).ToList();
        var refused = await Assert.ThrowsAsync<VenueException>(() =>
            secretariat.CreateBallotAsync(sitting.Id, new("票决", Places: 1, Items: items)));
        Assert.Equal((400, ErrorCodes.Invalid), (refused.HttpStatus, refused.Code));
        Assert.Contains($"最多{Limits.Items}个", refused.Message);
        Assert.Empty(await secretariat.BallotsAsync(sitting.Id));
    }

    [Fact]
    public async Task AStaffNameOverItsLimitIsRefusedAndNoCredentialIsIssued()
    {
        var secretariat = venue.Api(venue.BootstrapCode!);
        var before = (await secretariat.StaffCredentialsAsync()).Count;
        var refused = await Assert.ThrowsAsync<VenueException>(() =>
            secretariat.IssueStaffCredentialAsync(Role.Presidium, new string('名', Limits.PersonName + 1)));
        Assert.Equal((400, ErrorCodes.Invalid), (refused.HttpStatus, refused.Code));
        Assert.Contains($"（name）不能超过{Limits.PersonName}字", refused.Message);
        Assert.Equal(before, (await secretariat.StaffCredentialsAsync()).Count);
    }

    [Fact]
    public async Task ACastWithANullChoiceIsRefusedAsMalformed()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var survey = await sitting.OpenAsync(new("满意度测评", Kind: BallotKind.Satisfaction, Items: [new("甲局")]));
        var refused = await Assert.ThrowsAsync<VenueException>(() =>
            sitting.Tablets[0].CastAsync(new CastRequest(survey.Id, null, VenueConnection.NewCastId(), [null!])));
        Assert.Equal(ErrorCodes.Malformed, refused.Code);
        var progress = await sitting.Presidium.ProgressAsync(sitting.Setup.SittingId);
        Assert.Equal(new BallotProgress(survey.Id, 3, 0), progress.Single(p => p.BallotId == survey.Id));
    }
}
