using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>
/// 民生实事项目票决 in either form (RULES.md "Livelihood-project vote"): N places among the candidate projects, a pass
/// rule, run-offs on a tie at the last place and the presidium's decision on a shortfall.
/// </summary>
public abstract class ProjectKind : KindDescriptor
{
    public override string ItemNoun => "候选项目";

    public override string ItemHeading => "项目";

    public override void Configure(Ballot ballot, CreateBallotRequest request)
    {
        if (request.Places < 1 || request.Places > ballot.Items.Count)
            throw VenueErrors.Invalid($"应选项目数应在1至候选项目数（{ballot.Items.Count}）之间。");
        var passRule = request.PassRule ?? PassRules.MajorityOfAllDeputies;
        if (passRule is not (PassRules.MajorityOfAllDeputies or PassRules.Plurality))
            throw VenueErrors.Invalid($"通过规则“{passRule}”无效，应为 {PassRules.MajorityOfAllDeputies} 或 {PassRules.Plurality}。");
        ballot.Places = request.Places;
        ballot.PassRule = passRule;
    }

    public override BallotSettingsView Settings(Ballot ballot) => new(ballot.Places, ballot.PassRule, null, null, null, ballot.Purpose);
}
