using PeoplesCongress.Contracts;
using PeoplesCongress.VoterClient;
using PeoplesCongress.TestSupport;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>Each kind of ballot of RULES.md, cast and counted on the real server.</summary>
public sealed class BallotKindTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    private const string For = "for", Against = "against", Abstain = "abstain";

    [Fact]
    public async Task PerItemVoteCountsAnUnmarkedItemAsAbstention()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await sitting.OpenAsync(new("第二批民生实事项目票决", Kind: BallotKind.ProjectApproval, Places: 2,
            Items: [new("村级卫生室建设项目", BudgetWan: 160m), new("中小学饮水安全项目", BudgetWan: 90m), new("文化广场改造项目", BudgetWan: 200m)]));
        Assert.Equal([For, Against, Abstain], ballot.Options.Select(o => o.Code.Wire()));

        for (var d = 0; d < 6; d++) await sitting.ChooseAsync(d, ballot, (0, For), (1, For), (2, Against));
        await sitting.ChooseAsync(6, ballot, (0, For), (1, Against), (2, For));
        await sitting.ChooseAsync(7, ballot, (0, Against), (2, For));
        await sitting.ChooseAsync(8, ballot, (2, Abstain));

        var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
        Assert.Equal([(7, 1, 1), (6, 1, 2), (2, 6, 1)], result.Items.Select(i => (Count(i, For), Count(i, Against), Count(i, Abstain))));
        Assert.Equal([true, true, false], result.Items.Select(i => i.Passed));
        Assert.Equal([ballot.Items[0].Id, ballot.Items[1].Id], result.Adopted);
        Assert.Equal(result.Adopted, result.FinalAdopted!.Select(p => p.ItemId));
        Assert.Equal((9, 9, true), (result.Issued, result.Returned, result.VoteValid));
        Assert.StartsWith("发出表决票9张，收回9张，本次票决有效。村级卫生室建设项目（7票）、中小学饮水安全项目（6票）获得通过", result.Announcement);
    }

    [Fact]
    public async Task MotionPassesWithMoreThanHalfOfAllDeputiesAndCountsNoOneWhoDidNotVote()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var withPlaces = await Assert.ThrowsAsync<VenueException>(() => sitting.CreateAsync(new("一项决定", Kind: BallotKind.Motion, Places: 1)));
        Assert.Equal(ErrorCodes.Invalid, withPlaces.Code);
        var motion = await sitting.OpenAsync(new("关于通过《民生实事项目人大代表票决办法》的决定", Kind: BallotKind.Motion));
        Assert.Equal(ErrorCodes.BallotNotClosed, (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.ResultAsync(motion.Id))).Code);
        Assert.Equal("关于通过《民生实事项目人大代表票决办法》的决定", Assert.Single(motion.Items).Name);

        var twoChoices = await Assert.ThrowsAsync<VenueException>(() => sitting.Tablets[0].CastAsync(
            new CastRequest(motion.Id, null, VenueConnection.NewCastId(), [new(motion.Items[0].Id, For), new(motion.Items[0].Id, Against)])));
        Assert.Equal(ErrorCodes.Malformed, twoChoices.Code);
        for (var d = 0; d < 5; d++) await sitting.ChooseAsync(d, motion, (0, For));
        await sitting.ChooseAsync(5, motion, (0, Against));
        await sitting.ChooseAsync(6, motion, (0, Against));
        await sitting.ChooseAsync(7, motion, (0, Abstain));

        var result = await sitting.Presidium.CloseBallotAsync(motion.Id);
        var item = Assert.Single(result.Items);
        Assert.Equal((5, 2, 1), (Count(item, For), Count(item, Against), Count(item, Abstain)));
        Assert.Equal((9, 8, 8, 0, 1), (result.Issued, result.Returned, result.Valid, result.Invalid, result.NotVoting));
        Assert.True(result.Passed);
        Assert.Contains("赞成5票，反对2票，弃权1票", result.Announcement);
        Assert.EndsWith("本议案获得通过。", result.Announcement);
    }

    [Fact]
    public async Task SatisfactionOfElevenDepartmentsGradesFlagsTheExactHalfAndListsWhoMustRectify()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 10);
        var ballot = await sitting.OpenAsync(new("专题询问满意度测评", Kind: BallotKind.Satisfaction,
            Items: [.. Enumerable.Range(1, 11).Select(i => new NewItem($"部门{i:00}", Group: "政府工作部门"))]));
        Assert.Equal([ChoiceOption.Satisfied, ChoiceOption.BasicallySatisfied, ChoiceOption.Dissatisfied], ballot.Options.Select(o => o.Code));

        // Each target's ten marks, one per deputy; null leaves the target unmarked (an invalid vote for it alone).
        string?[] S(int satisfied, int basic, int dissatisfied) =>
            [.. Enumerable.Repeat("satisfied", satisfied), .. Enumerable.Repeat("basically-satisfied", basic),
             .. Enumerable.Repeat("dissatisfied", dissatisfied), .. Enumerable.Repeat<string?>(null, 10 - satisfied - basic - dissatisfied)];
        string?[][] marks =
        [
            S(5, 5, 0), S(8, 0, 2), S(3, 3, 4), S(2, 2, 6), S(7, 0, 0),
            .. Enumerable.Range(0, 6).Select(_ => S(6, 4, 0)),
        ];
        for (var d = 0; d < 10; d++)
        {
            await sitting.ChooseAsync(d, ballot, [.. marks.Select((m, t) => (t, m[d])).Where(x => x.Item2 is not null).Select(x => (x.t, x.Item2!))]);
        }

        var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
        Assert.Equal(11, result.Items.Count);
        Assert.Equal(
            [null, ChoiceOption.Satisfied, ChoiceOption.BasicallySatisfied, ChoiceOption.Dissatisfied, ChoiceOption.Satisfied, .. Enumerable.Repeat<ChoiceOption?>(ChoiceOption.Satisfied, 6)],
            result.Items.Select(i => i.Grade));
        Assert.True(result.Items[0].ExactThreshold);
        var flag = Assert.Single(result.Flags);
        Assert.Equal((ResultFlags.ExactThreshold, ballot.Items[0].Id), (flag.Code, Assert.Single(flag.ItemIds)));
        Assert.Equal([ballot.Items[3].Id], result.ToRectify);
        Assert.Equal((7, 3), (result.Items[4].Valid, result.Items[4].Invalid));
        Assert.Equal(["30.00", "30.00", "40.00"], result.Items[2].Rates.Select(r => r.Percent));
        Assert.Equal("60.00", result.Items[2].CombinedRate);
        Assert.Equal("100.00", result.Items[4].Rates[0].Percent);
        Assert.Equal([9, 2, 10, 11, 1, 3, 3, 3, 3, 3, 3], result.Items.Select(i => i.Rank));
        Assert.Equal(new BallotSettingsView(0, null, AppraisalScales.Satisfaction, "1/2", GradeDenominators.AllCurrentMembers, null), result.Settings);
        Assert.Contains("部门04", result.Announcement);
        Assert.Equal([ChoiceOption.Satisfied, ChoiceOption.BasicallySatisfied], result.Items[0].GradeBetween);

        // The presidium decides the exact-half grade; it is recorded beside the unchanged figures, once.
        var outside = await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.DecideGradeAsync(ballot.Id, new(ballot.Items[0].Id, "dissatisfied")));
        Assert.Equal(ErrorCodes.Invalid, outside.Code);
        Assert.Equal(ErrorCodes.NoDecisionNeeded,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.DecideGradeAsync(ballot.Id, new(ballot.Items[1].Id, "satisfied")))).Code);
        var decided = await sitting.Presidium.DecideGradeAsync(ballot.Id, new(ballot.Items[0].Id, "basically-satisfied", "主席团第二次会议决定"));
        Assert.Equal((ChoiceOption.BasicallySatisfied, "基本满意"), (decided.GradeDecisions![0].Grade, decided.GradeDecisions[0].GradeLabel));
        Assert.Equal(ErrorCodes.NoDecisionNeeded,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.DecideGradeAsync(ballot.Id, new(ballot.Items[0].Id, "satisfied")))).Code);
        var stored = await sitting.Setup.Secretariat.ResultAsync(ballot.Id);
        Assert.Equal(decided.GradeDecisions, stored.GradeDecisions);
        Assert.Null(stored.Items[0].Grade);
    }

    [Fact]
    public async Task DemocraticAppraisalOnTheCompetenceScaleStatesItsRule()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var ballot = await sitting.OpenAsync(new("履职情况民主测评", Kind: BallotKind.Appraisal, Scale: AppraisalScales.Competence,
            Items: [new("王副镇长", Group: "副镇长"), new("李主任（经济发展办）", Group: "部门负责人"), new("张主任（财政所）", Group: "部门负责人")]));
        Assert.Equal(["优秀", "称职", "基本称职", "不称职"], ballot.Options.Select(o => o.Label));

        string[][] marks =
        [
            [.. Enumerable.Repeat("excellent", 5), .. Enumerable.Repeat("competent", 3), "basically-competent"],
            [.. Enumerable.Repeat("excellent", 2), .. Enumerable.Repeat("competent", 4), .. Enumerable.Repeat("basically-competent", 3)],
            ["competent", .. Enumerable.Repeat("basically-competent", 3), .. Enumerable.Repeat("incompetent", 5)],
        ];
        for (var d = 0; d < 9; d++) await sitting.ChooseAsync(d, ballot, [.. marks.Select((m, t) => (t, m[d]))]);

        var result = await sitting.Presidium.CloseBallotAsync(ballot.Id);
        Assert.Equal(["优秀", "称职", "不称职"], result.Items.Select(i => i.GradeLabel));
        Assert.Equal([ballot.Items[2].Id], result.ToRectify);
        Assert.Equal(["55.56", "33.33", "11.11", "0.00"], result.Items[0].Rates.Select(r => r.Percent));
        Assert.Equal(new BallotSettingsView(0, null, AppraisalScales.Competence, "1/2", GradeDenominators.AllCurrentMembers, null), result.Settings);
        Assert.Empty(result.Flags);
    }

    private static int Count(ItemResultView item, string option) => item.Counts.Single(c => c.Option.Wire() == option).Count;
}
