using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>民主测评 / 述职评议 of officials or deputies reporting: 优秀 / 称职 / 基本称职 / 不称职 unless set otherwise.</summary>
public sealed class AppraisalKind : GradedKind
{
    public override BallotKind Code => BallotKind.Appraisal;

    public override string Label => "民主测评 / 述职评议";

    protected override string DefaultScale => AppraisalScales.Competence;
}
