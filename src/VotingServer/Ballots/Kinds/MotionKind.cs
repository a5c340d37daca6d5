using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>表决 on a motion (RULES.md "Motion"): one item, 赞成 / 反对 / 弃权, passing with a majority of all current deputies.</summary>
public sealed class MotionKind : KindDescriptor
{
    public override BallotKind Code => BallotKind.Motion;

    public override string Label => "表决";

    public override string ItemNoun => "表决事项";

    public override IReadOnlyList<OptionView> Options(string? scale) => BallotOptions.Approvals;

    public override IReadOnlyList<NewItem> Items(IReadOnlyList<NewItem> submitted, string title) => submitted.Count switch
    {
        0 => [new NewItem(title)],
        1 => submitted,
        _ => throw VenueErrors.Invalid("表决议案只能有一项。"),
    };

    public override void Configure(Ballot ballot, CreateBallotRequest request)
    {
        RefuseAdoptionSettings(request);
        ballot.PassRule = PassRules.MajorityOfAllDeputies;
    }

    public override BallotSettingsView Settings(Ballot ballot) => new(0, ballot.PassRule, null, null, null, ballot.Purpose);

    public override string EncodeCast(OpenBallot ballot, CastRequest request)
    {
        var encoded = CastShapes.Choices(ballot, request);
        return request.Choices!.Count == 1 ? encoded : throw VenueErrors.Malformed("请在赞成、反对、弃权中选择一项");
    }

    public override string Outcome(BallotResultView result, ItemResultView item) => Wording.MotionVerdict(result.Passed == true);
}
