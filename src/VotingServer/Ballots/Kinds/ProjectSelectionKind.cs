using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>民生实事项目票决, select up to N of M (差额票决): a cast marks the chosen projects.</summary>
public sealed class ProjectSelectionKind : ProjectKind
{
    public override BallotKind Code => BallotKind.ProjectSelection;

    public override string Label => "民生实事项目票决（差额票决）";

    public override bool ChoosesPerItem => false;

    public override IReadOnlyList<OptionView> Options(string? scale) => [];

    public override string EncodeCast(OpenBallot ballot, CastRequest request) => CastShapes.Marks(ballot, request);
}
