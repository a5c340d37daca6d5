namespace PeoplesCongress.Tally.Tests;

public class ApprovalAnnouncementTests
{
    private static readonly IReadOnlyList<Candidate> Projects =
        Votes.Candidates("危桥改造项目", "农村道路亮灯项目", "3500亩优质油菜种植项目", "敬老院改造项目");

    [Fact]
    public void AdoptedProjectsAreAnnouncedWithTheirForVotes()
    {
        var result = Approvals.Count(currentDeputies: 45, places: 2, Projects, Approvals.WithFor(44, 35, 40, 10, 5), issued: 45);

        Assert.Equal(
            "发出表决票45张，收回44张，本次票决有效。"
            + "农村道路亮灯项目（40票）、危桥改造项目（35票）获得通过，确定为民生实事项目。",
            result.Announcement);
    }

    [Fact]
    public void RunOffIsAnnouncedWithTheTiedProjects()
    {
        var result = Approvals.Count(currentDeputies: 45, places: 2, Projects, Approvals.WithFor(45, 40, 30, 30, 5));

        Assert.EndsWith(
            "危桥改造项目（40票）获得通过，确定为民生实事项目。"
            + "农村道路亮灯项目、3500亩优质油菜种植项目得票相等（30票），需就得票相等的项目再次投票，确定剩余1个名额。",
            result.Announcement);
    }

    [Fact]
    public void NoAdoptedProjectAndShortfallAreSaid()
    {
        var result = Approvals.Count(currentDeputies: 45, places: 2, Projects, Approvals.WithFor(45, 22, 20, 10, 5));

        Assert.Equal(
            "发出表决票45张，收回45张，本次票决有效。没有项目获得通过。获得通过的项目少于2个（0个），请主席团决定。",
            result.Announcement);
    }

    [Fact]
    public void InvalidVoteMustBeRepeated()
    {
        var result = Approvals.Count(currentDeputies: 45, places: 2, Projects, Approvals.WithFor(46, 40, 30, 10, 5), issued: 45);

        Assert.Equal("发出表决票45张，收回46张，本次票决无效，应当重新投票。", result.Announcement);
    }
}
