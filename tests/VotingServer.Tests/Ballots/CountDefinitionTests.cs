using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Tests.Ballots;

/// <summary>
/// The count reads a ballot's rules from its settings as its result states them (so a verifier reads the same from a
/// published result): for every kind and setting the secretariat can define, they are the rules the stored ballot holds.
/// </summary>
public sealed class CountDefinitionTests
{
    public static TheoryData<CreateBallotRequest> Requests()
    {
        NewItem[] projects = [new("危桥改造项目"), new("农贸市场提升项目"), new("污水管网项目")];
        NewItem[] targets = [new("交通运输局", Group: "政府工作部门"), new("农业农村局", Group: "政府工作部门")];
        var data = new TheoryData<CreateBallotRequest>();
        foreach (var kind in new[] { BallotKind.ProjectSelection, BallotKind.ProjectApproval })
        {
            foreach (var places in new[] { 1, 3 })
            {
                data.Add(new("票决", projects, kind, places));
                data.Add(new("票决", projects, kind, places, PassRules.Plurality));
            }
        }
        foreach (var kind in new[] { BallotKind.Satisfaction, BallotKind.Appraisal })
        {
            data.Add(new("测评", targets, kind));
            foreach (var scale in AppraisalScales.All)
            {
                data.Add(new("测评", targets, kind, Scale: scale, GradeThresholdNumerator: 2, GradeThresholdDenominator: 3,
                    GradeDenominator: GradeDenominators.ValidVotes));
            }
        }
        data.Add(new("评议", targets, BallotKind.Satisfaction, Purpose: BallotPurposes.SuggestionHandling, Secret: false));
        data.Add(new("关于通过监票人名单的决定", Kind: BallotKind.Motion));
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void TheSettingsStateTheRulesTheBallotHolds(CreateBallotRequest request)
    {
        var ballot = BallotDefinition.ToEntity(1, request);
        ballot.Id = 5;
        foreach (var item in ballot.Items) item.Id = 100 - item.Position;

        var definition = ResultCalculator.Definition(ballot);

        Assert.Equal(ballot.Places, definition.Places);
        Assert.Equal(ballot.PassRule == PassRules.Plurality ? PassRule.Plurality : PassRule.MajorityOfAllDeputies, definition.PassRule);
        Assert.Equal(ballot.PassRule == PassRules.MajorityOfAllDeputies, definition.MajorityFloor);
        Assert.Same(BallotOptions.TallyScale(ballot.Scale), definition.Scale);
        if (ballot.Scale is not null)
        {
            var basis = ballot.GradeDenominator == GradeDenominators.ValidVotes ? Denominator.ValidVotes : Denominator.AllCurrentMembers;
            Assert.Equal(new GradeRule(new Fraction(ballot.GradeThresholdNumerator, ballot.GradeThresholdDenominator), basis), definition.GradeRule);
        }
        Assert.Equal(ballot.Items.OrderBy(i => i.Position).Select(i => (i.Id, i.Name, i.Group)), definition.Items.Select(i => (i.Id, i.Name, i.Group)));
        Assert.Equal((5, ballot.Kind, ballot.Title, ballot.Secret), (definition.BallotId, definition.Kind, definition.Title, definition.Secret));
    }
}
