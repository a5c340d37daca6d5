using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>民生实事项目票决 item by item: 赞成 / 反对 / 弃权 on each project; the top N passing projects are adopted.</summary>
public sealed class ProjectApprovalKind : ProjectKind
{
    public override BallotKind Code => BallotKind.ProjectApproval;

    public override string Label => "民生实事项目票决（逐项表决）";

    public override IReadOnlyList<OptionView> Options(string? scale) => BallotOptions.Approvals;
}
