namespace PeoplesCongress.Tally.Tests;

public class SelectionAnnouncementTests
{
    private static readonly IReadOnlyList<Candidate> Projects =
        Votes.Candidates("危桥改造项目", "农村道路亮灯项目", "3500亩优质油菜种植项目", "敬老院改造项目", "农贸市场提升项目");

    [Fact]
    public void AdoptedProjectsAreAnnouncedWithTheirVotes()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Projects, Votes.WithVotes(45, 40, 35, 30, 10, 5));

        Assert.Equal(
            "发出表决票45张，收回45张，有效票45张，无效票0张，本次票决有效。"
            + "危桥改造项目（40票）、农村道路亮灯项目（35票）、3500亩优质油菜种植项目（30票）获得通过，确定为民生实事项目。",
            result.Announcement);
    }

    [Fact]
    public void AdoptedProjectsAreListedByVotes()
    {
        var result = Votes.Count(currentDeputies: 45, places: 2, Projects, Votes.WithVotes(45, 30, 40, 10, 0, 0));

        Assert.EndsWith("农村道路亮灯项目（40票）、危桥改造项目（30票）获得通过，确定为民生实事项目。", result.Announcement);
    }

    [Fact]
    public void InvalidBallotsAreCountedInTheFirstSentence()
    {
        var ballots = Votes.Repeat(40, 1).Concat(Votes.Repeat(3, 1, 2)).ToList();

        var result = Votes.Count(currentDeputies: 45, places: 1, Projects, ballots, issued: 45);

        Assert.StartsWith("发出表决票45张，收回43张，有效票40张，无效票3张，本次票决有效。", result.Announcement);
    }

    [Fact]
    public void RunOffIsAnnouncedWithTheTiedProjectsAndPlacesLeft()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Projects, Votes.WithVotes(45, 40, 33, 28, 28, 5));

        Assert.EndsWith(
            "危桥改造项目（40票）、农村道路亮灯项目（33票）获得通过，确定为民生实事项目。"
            + "3500亩优质油菜种植项目、敬老院改造项目得票相等（28票），需就得票相等的项目再次投票，确定剩余1个名额。",
            result.Announcement);
    }

    [Fact]
    public void ShortfallIsAnnouncedForThePresidium()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Projects, Votes.WithVotes(45, 40, 30, 20, 10, 5));

        Assert.EndsWith("获得通过的项目少于3个（2个），请主席团决定。", result.Announcement);
    }

    [Fact]
    public void NoAdoptedProjectIsSaid()
    {
        var result = Votes.Count(currentDeputies: 45, places: 3, Projects, Votes.WithVotes(45, 20, 20, 10, 10, 5));

        Assert.Equal(
            "发出表决票45张，收回45张，有效票45张，无效票0张，本次票决有效。没有项目获得通过。获得通过的项目少于3个（0个），请主席团决定。",
            result.Announcement);
    }
}
