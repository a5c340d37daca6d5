using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;

namespace PeoplesCongress.Tally.Tests;

/// <summary>What a verifier's report says when a published result and its recount differ.</summary>
public class ResultComparisonTests
{
    private static readonly DateTimeOffset ClosedAt = new(2026, 3, 5, 10, 30, 0, TimeSpan.Zero);

    private static readonly CountDefinition Bridges = new(
        7, 1, BallotKind.ProjectSelection, "民生实事项目票决", 1, null, null, true,
        new BallotSettingsView(1, PassRules.MajorityOfAllDeputies, null, null, null, null),
        [new CountItem(11, "危桥改造项目", "", null), new CountItem(12, "农贸市场提升项目", "", null)]);

    private static BallotResultView Counted(int bridges, int market) => ResultCount.Calculate(Bridges, new BoxContents(50, 50,
        [.. Enumerable.Repeat(BoxChoices.Encode([11]), bridges), .. Enumerable.Repeat(BoxChoices.Encode([12]), market)]), null, ClosedAt);

    [Fact]
    public void ABallotDroppedFromTheBoxIsNamedByEveryFigureItChanges()
    {
        var published = Counted(30, 15);
        var recounted = ResultCount.Recount(published, [.. Enumerable.Repeat(BoxChoices.Encode([11]), 29), .. Enumerable.Repeat(BoxChoices.Encode([12]), 15)], null);

        var differences = ResultComparison.Differences(published, recounted);

        Assert.Contains(differences, d => d.Chinese == "项目“危桥改造项目”得票：公告 30，重新计票 29");
        Assert.Contains(differences, d => d.English == "project \"危桥改造项目\" votes: published 30, recounted 29");
        Assert.Contains(differences, d => d.Figure == "items[11].votes");
        Assert.Contains(differences, d => d.Chinese == "收回票数：公告 45，重新计票 44");
        Assert.Contains(differences, d => d.Chinese == "未投票人数：公告 5，重新计票 6");
        Assert.Contains(differences, d => d.Figure == "announcement");
        Assert.DoesNotContain(differences, d => d.Figure == "items[12].votes");
    }

    [Fact]
    public void AFigureChangedInThePublishedResultIsNamedWhileTheBoxRecountsAsCounted()
    {
        var counted = Counted(30, 15);
        var box = (IReadOnlyList<string>)[.. Enumerable.Repeat(BoxChoices.Encode([11]), 30), .. Enumerable.Repeat(BoxChoices.Encode([12]), 15)];
        var published = counted with
        {
            Items = [counted.Items[0], counted.Items[1] with { Votes = 31, Passed = true, Outcome = ProjectOutcomes.Adopted }],
            Adopted = [12],
        };

        var differences = ResultComparison.Differences(published, ResultCount.Recount(published, box, null));

        Assert.Equal(
            ["adopted", "items[12].votes", "items[12].passed", "items[12].outcome"],
            differences.Select(d => d.Figure));
        Assert.Equal("项目“农贸市场提升项目”结果：公告 确定为民生实事项目，重新计票 未获通过", differences[3].Chinese);
        Assert.Equal("本轮确定的项目：公告 农贸市场提升项目，重新计票 危桥改造项目", differences[0].Chinese);
    }

    [Fact]
    public void AnAnnouncementRewordedIsNamedEvenWhenEveryFigureAgrees()
    {
        var published = Counted(30, 15);
        var box = (IReadOnlyList<string>)[.. Enumerable.Repeat(BoxChoices.Encode([11]), 30), .. Enumerable.Repeat(BoxChoices.Encode([12]), 15)];
        var edited = published with { Announcement = published.Announcement.Replace("30", "31") };

        var difference = Assert.Single(ResultComparison.Differences(edited, ResultCount.Recount(edited, box, null)));

        Assert.Equal("announcement", difference.Figure);
        Assert.StartsWith("公告文字：公告 ", difference.Chinese);
    }

    [Fact]
    public void AnAppraisalNamesTheTargetsRatesAndGrade()
    {
        var ballot = new CountDefinition(8, 1, BallotKind.Satisfaction, "满意度测评", 1, null, null, true,
            new BallotSettingsView(0, null, AppraisalScales.Satisfaction, "1/2", GradeDenominators.AllCurrentMembers, null),
            [new CountItem(21, "交通运输局", "政府工作部门", null)]);
        string Sheet(ChoiceOption option) => BoxChoices.Encode([(21, option)]);
        var published = ResultCount.Calculate(ballot, new BoxContents(10, 10,
            [.. Enumerable.Repeat(Sheet(ChoiceOption.Satisfied), 6), .. Enumerable.Repeat(Sheet(ChoiceOption.Dissatisfied), 4)]), null, ClosedAt);

        var recounted = ResultCount.Recount(published,
            [.. Enumerable.Repeat(Sheet(ChoiceOption.Satisfied), 5), .. Enumerable.Repeat(Sheet(ChoiceOption.Dissatisfied), 5)], null);
        var differences = ResultComparison.Differences(published, recounted);

        Assert.Contains(differences, d => d.Chinese == "测评对象“交通运输局”满意票：公告 6，重新计票 5");
        Assert.Contains(differences, d => d.English == "target \"交通运输局\" satisfied rate: published 60.00%, recounted 50.00%");
        Assert.Contains(differences, d => d.Figure == "items[21].grade");
    }

    [Fact]
    public void ARowThatIsNoBallotOfTheKindIsRefusedWithoutRepeatingIt()
    {
        var published = Counted(30, 15);
        var approvalRow = BoxChoices.Encode([(11, ChoiceOption.For)]);

        foreach (var row in new[] { approvalRow, "not json", "[\"11\"]" })
        {
            var refused = Assert.Throws<FormatException>(() => ResultCount.Recount(published, [BoxChoices.Encode([11]), row], null));
            Assert.Equal("票箱中有一张选票不是本表决的选票格式，无法计票。", refused.Message);
        }
    }

    [Fact]
    public void EveryKindOnTheWireHasACount()
    {
        var settings = new BallotSettingsView(1, PassRules.MajorityOfAllDeputies, AppraisalScales.Satisfaction, "1/2", GradeDenominators.AllCurrentMembers, null);
        Assert.All(Enum.GetValues<BallotKind>(), kind =>
        {
            var ballot = new CountDefinition(1, 1, kind, "表决", 1, null, null, true, settings, [new CountItem(1, "事项", "", null)]);
            Assert.Equal(kind, ResultCount.Calculate(ballot, new BoxContents(5, 0, []), null, ClosedAt).Kind);
        });
    }

    /// <summary>
    /// Every part of a certified result is either recounted or stated by the result itself (or recorded beside the
    /// figures later): a part added to the record must be placed in one of these, and in <see cref="ResultCount.Recount"/>.
    /// </summary>
    [Fact]
    public void EveryPartOfTheRecordIsEitherRecountedOrStated()
    {
        string[] recounted =
        [
            "Returned", "Valid", "Invalid", "VoteValid", "NotVoting", "Items", "Adopted", "FinalAdopted", "Passed", "RunOff",
            "Shortfall", "ToRectify", "Flags", "Announcement", "PassThreshold",
        ];
        string[] stated =
        [
            "BallotId", "SittingId", "Kind", "Title", "Round", "PreviousBallotId", "Relation", "Secret", "CountedBy", "Settings",
            "CurrentDeputies", "Issued", "ClosedAt", "CountNote", "Decision", "GradeDecisions", "BoxRoot", "AuditHead",
        ];
        var unplaced = typeof(BallotResultView).GetProperties().Select(p => p.Name).Except([.. recounted, .. stated]);
        Assert.Empty(unplaced);
    }
}
