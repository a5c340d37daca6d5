using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Tests.Certification;

/// <summary>
/// The count a verifier runs (src/Tally/Certified, no server) on a box the server counted: for a ballot of every kind,
/// cast on real tablets and closed on the real server, the stored box recounts to the stored result byte for byte,
/// and a box with one ballot changed or dropped is reported figure by figure.
/// </summary>
public sealed class RecountTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task ASelectionAndItsRunOffRecountFromTheirStoredBoxes()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var first = await sitting.OpenAsync(new("民生实事项目票决", Places: 2,
            Items: [new("危桥改造项目", BudgetWan: 100m), new("农贸市场提升项目", BudgetWan: 120m), new("污水管网项目", BudgetWan: 80m), new("路灯亮化项目", BudgetWan: 60m)]));
        int[][] marks = [[0, 1], [0, 1], [0, 1], [0, 2], [0, 2], [0, 2], [0, 1], [0, 2], [1, 2]];
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, first, marks[d]);
        var firstResult = await sitting.Presidium.CloseBallotAsync(first.Id);
        Assert.NotNull(firstResult.RunOff);
        var runOff = await sitting.Presidium.RunOffAsync(first.Id);
        await sitting.Presidium.OpenBallotAsync(runOff.Id);
        for (var d = 0; d < 8; d++) await sitting.MarkAsync(d, runOff, d < 6 ? 1 : 0);
        await sitting.Presidium.CloseBallotAsync(runOff.Id);

        var (json, box) = Stored(first.Id);
        AssertRecounts(json, box, previous: null);
        var (runOffJson, runOffBox) = Stored(runOff.Id);
        var recounted = AssertRecounts(runOffJson, runOffBox, previous: ResultStore.Read(json));
        Assert.EndsWith("结合前一轮结果，确定为民生实事项目的是：危桥改造项目、污水管网项目。", recounted.Announcement);

        // Without the round before, the final list is this round's alone: the recount says so.
        var alone = ResultComparison.Differences(recounted, ResultCount.Recount(recounted, runOffBox, null));
        Assert.Contains(alone, d => d.Chinese == "最终确定的项目：公告 危桥改造项目（第1轮）、污水管网项目（第2轮），重新计票 污水管网项目（第2轮）");

        // The last deputy's ballot (农贸市场提升项目 and 污水管网项目) dropped from the box.
        var published = ResultStore.Read(json)!;
        var last = BoxChoices.Encode([first.Items[1].Id, first.Items[2].Id]);
        var dropped = ResultComparison.Differences(published, ResultCount.Recount(published, [.. box.Where((c, i) => i != box.ToList().IndexOf(last))], null));
        Assert.Contains(dropped, d => d.Chinese == "收回票数：公告 9，重新计票 8");
        Assert.Contains(dropped, d => d.English == "ballots returned: published 9, recounted 8");
        Assert.Contains(dropped, d => d.Chinese == "项目“农贸市场提升项目”得票：公告 5，重新计票 4");
        // Four votes each is no longer a majority of the nine: no run-off, a shortfall instead.
        Assert.Contains(dropped, d => d.Chinese == "需再次投票：公告 农贸市场提升项目、污水管网项目（各5票，余1个名额），重新计票 无");
        Assert.Contains(dropped, d => d.Chinese == "确定项目不足应选数：公告 无，重新计票 应选2项，确定1项");
        Assert.DoesNotContain(dropped, d => d.Figure == $"items[{first.Items[0].Id}].votes");
    }

    [Fact]
    public async Task AnItemByItemVoteRecountsAndAChangedBallotIsNamed()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await sitting.OpenAsync(new("第二批民生实事项目票决", Kind: BallotKind.ProjectApproval, Places: 2,
            Items: [new("村级卫生室建设项目", BudgetWan: 160m), new("中小学饮水安全项目", BudgetWan: 90m), new("文化广场改造项目", BudgetWan: 200m)]));
        for (var d = 0; d < 6; d++) await sitting.ChooseAsync(d, ballot, (0, "for"), (1, "for"), (2, "against"));
        await sitting.ChooseAsync(6, ballot, (0, "for"), (1, "against"), (2, "for"));
        await sitting.ChooseAsync(7, ballot, (0, "against"), (2, "for"));
        await sitting.Presidium.CloseBallotAsync(ballot.Id);

        var (json, box) = Stored(ballot.Id);
        var published = AssertRecounts(json, box, previous: null);

        // One ballot's 赞成 on the first project turned into 反对.
        var item = ballot.Items[0].Id;
        var index = box.ToList().FindIndex(c => BoxChoices.DecodeChoices(c)[item] == ChoiceOption.For);
        var changed = BoxChoices.DecodeChoices(box[index]).ToDictionary(c => c.Key, c => c.Key == item ? ChoiceOption.Against : c.Value);
        IReadOnlyList<string> tampered = [.. box.Select((c, i) => i == index ? BoxChoices.Encode(changed.Select(x => (x.Key, x.Value))) : c)];
        var differences = ResultComparison.Differences(published, ResultCount.Recount(published, tampered, null));

        Assert.Equal(
            // Six 赞成 now ties the second project, which shares the first place.
            [$"items[{item}].counts.for", $"items[{item}].counts.against", $"items[{item}].votes", $"items[{ballot.Items[1].Id}].rank", "announcement"],
            differences.Select(d => d.Figure));
        Assert.Equal("项目“村级卫生室建设项目”赞成票：公告 7，重新计票 6", differences[0].Chinese);
        Assert.Equal("project \"村级卫生室建设项目\" against votes: published 1, recounted 2", differences[1].English);
    }

    [Fact]
    public async Task AppraisalsOnBothScalesAndAMotionRecountFromTheirStoredBoxes()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 10);
        var survey = await sitting.OpenAsync(new("专题询问满意度测评", Kind: BallotKind.Satisfaction, Scale: AppraisalScales.SatisfactionWithUnknown,
            Items: [new("交通运输局", Group: "政府工作部门"), new("住房和城乡建设局", Group: "政府工作部门"), new("农业农村局", Group: "政府工作部门")]));
        string[] levels = ["satisfied", "basically-satisfied", "dissatisfied", "unknown"];
        for (var d = 0; d < 10; d++)
        {
            // The first department gets exactly half 满意 (a flag for the presidium); the third is left unmarked by two.
            var first = (0, d < 5 ? "satisfied" : "basically-satisfied");
            await (d < 8 ? sitting.ChooseAsync(d, survey, first, (1, levels[d % 4]), (2, levels[d % 3])) : sitting.ChooseAsync(d, survey, first, (1, levels[d % 4])));
        }
        await sitting.Presidium.CloseBallotAsync(survey.Id);

        var appraisal = await sitting.OpenAsync(new("履职情况民主测评", Kind: BallotKind.Appraisal, Scale: AppraisalScales.Competence,
            GradeThresholdNumerator: 2, GradeThresholdDenominator: 3, GradeDenominator: GradeDenominators.ValidVotes,
            Items: [new("王副镇长", Group: "副镇长"), new("李主任（经济发展办）", Group: "部门负责人")]));
        string[] competence = ["excellent", "competent", "basically-competent", "incompetent"];
        for (var d = 0; d < 9; d++) await sitting.ChooseAsync(d, appraisal, (0, competence[d % 2]), (1, competence[d % 4]));
        await sitting.Presidium.CloseBallotAsync(appraisal.Id);

        var motion = await sitting.OpenAsync(new("关于通过《民生实事项目人大代表票决办法》的决定", Kind: BallotKind.Motion));
        for (var d = 0; d < 8; d++) await sitting.ChooseAsync(d, motion, (0, d < 6 ? "for" : "abstain"));
        await sitting.Presidium.CloseBallotAsync(motion.Id);

        foreach (var id in new[] { survey.Id, appraisal.Id, motion.Id })
        {
            var (json, box) = Stored(id);
            AssertRecounts(json, box, previous: null);
        }
        Assert.Contains("\"exactThreshold\":true", Stored(survey.Id).Json, StringComparison.Ordinal);

        // One 弃权 dropped from the motion's box.
        var (motionJson, motionBox) = Stored(motion.Id);
        var passed = ResultStore.Read(motionJson)!;
        var abstention = BoxChoices.Encode([(motion.Items[0].Id, ChoiceOption.Abstain)]);
        var differences = ResultComparison.Differences(passed,
            ResultCount.Recount(passed, [.. motionBox.Where((c, i) => i != motionBox.ToList().IndexOf(abstention))], null));
        Assert.Contains(differences, d => d.Chinese == "表决事项“关于通过《民生实事项目人大代表票决办法》的决定”弃权票：公告 2，重新计票 1");
        Assert.Contains(differences, d => d.Chinese == "收回票数：公告 8，重新计票 7");
        Assert.DoesNotContain(differences, d => d.Figure == "passed");
    }

    /// <summary>The stored box recounts to the stored result, byte for byte as the server stores it.</summary>
    private static BallotResultView AssertRecounts(string json, IReadOnlyList<string> box, BallotResultView? previous)
    {
        var published = ResultStore.Read(json)!;
        var recounted = ResultCount.Recount(published, box, previous);
        Assert.Equal(json, ResultStore.Write(recounted));
        Assert.Empty(ResultComparison.Differences(published, recounted));
        return recounted;
    }

    /// <summary>The ballot's stored result and its box as published after the count, in the order of its random keys.</summary>
    private (string Json, IReadOnlyList<string> Box) Stored(int ballotId)
    {
        using var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var result = connection.CreateCommand();
        result.CommandText = "SELECT ResultJson FROM Ballots WHERE Id = $id";
        result.Parameters.AddWithValue("$id", ballotId);
        var json = (string)result.ExecuteScalar()!;
        using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT Choices FROM BallotBox WHERE BallotId = $id ORDER BY BoxKey";
        rows.Parameters.AddWithValue("$id", ballotId);
        var box = new List<string>();
        using var reader = rows.ExecuteReader();
        while (reader.Read()) box.Add(reader.GetString(0));
        Assert.NotEmpty(box);
        return (json, box);
    }
}
