using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>满意度测评 of departments or their reports: 满意 / 基本满意 / 不满意 (with 不了解 as a setting).</summary>
public sealed class SatisfactionKind : GradedKind
{
    public override BallotKind Code => BallotKind.Satisfaction;

    public override string Label => "满意度测评";

    protected override string DefaultScale => AppraisalScales.Satisfaction;

    /// <summary>RULES.md "Secrecy": the one named vote is a deputy's rating of the handling of their own suggestion.</summary>
    public override bool AllowsNamed(CreateBallotRequest request) => request.Purpose == BallotPurposes.SuggestionHandling;
}
