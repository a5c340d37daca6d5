namespace PeoplesCongress.Tally.Tests;

public class MotionAnnouncementTests
{
    [Fact]
    public void PassedMotionIsAnnouncedWithEveryFigure()
    {
        var result = Motions.Count(currentDeputies: 45, issued: 45, [.. Motions.WithVotes(40, 2, 1), Motions.Ballot()]);

        Assert.Equal(
            "应到代表45人，发出表决票45张，收回44张，赞成40票，反对2票，弃权1票，无效1票，未表决1人。本议案获得通过。",
            result.Announcement);
    }

    [Fact]
    public void FailedMotionIsAnnounced()
    {
        var result = Motions.Count(currentDeputies: 45, issued: 40, Motions.WithVotes(22, 10, 8));

        Assert.Equal(
            "应到代表45人，发出表决票40张，收回40张，赞成22票，反对10票，弃权8票，无效0票，未表决0人。本议案未获通过。",
            result.Announcement);
    }

    [Fact]
    public void InvalidVoteMustBeRepeated()
    {
        var result = Motions.Count(currentDeputies: 45, issued: 44, Motions.WithVotes(43, 1, 1));

        Assert.Equal(
            "应到代表45人，发出表决票44张，收回45张，赞成43票，反对1票，弃权1票，无效0票。本次表决无效，应当重新表决。",
            result.Announcement);
    }
}
