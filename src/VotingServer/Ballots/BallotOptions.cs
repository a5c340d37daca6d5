using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>The options a deputy chooses from on each item, per kind and scale; the index is the Tally's option index.</summary>
public static class BallotOptions
{
    public const string For = "for";
    public const string Against = "against";
    public const string Abstain = "abstain";

    private static readonly OptionView[] Approvals = [new(For, "赞成"), new(Against, "反对"), new(Abstain, "弃权")];
    private static readonly OptionView[] SatisfactionLevels =
        [new("satisfied", "满意"), new("basically-satisfied", "基本满意"), new("dissatisfied", "不满意")];
    private static readonly OptionView[] CompetenceLevels =
        [new("excellent", "优秀"), new("competent", "称职"), new("basically-competent", "基本称职"), new("incompetent", "不称职")];
    private static readonly OptionView Unknown = new("unknown", "不了解");

    public static IReadOnlyList<OptionView> Of(string kind, string? scale) => kind switch
    {
        BallotKinds.ProjectSelection => [],
        BallotKinds.ProjectApproval or BallotKinds.Motion => Approvals,
        _ => scale switch
        {
            AppraisalScales.Competence => CompetenceLevels,
            AppraisalScales.SatisfactionWithUnknown => [.. SatisfactionLevels, Unknown],
            _ => SatisfactionLevels,
        },
    };

    public static AppraisalScale TallyScale(string? scale) => scale switch
    {
        AppraisalScales.Competence => AppraisalScale.Competence,
        AppraisalScales.SatisfactionWithUnknown => AppraisalScale.SatisfactionWithUnknown,
        _ => AppraisalScale.Satisfaction,
    };

    /// <summary>A spoilt mark on a hand-counted paper ballot; tablets can never send it.</summary>
    public const string Invalid = "invalid";

    /// <summary>The marks a stored choice stands for: one, or two for a spoilt paper mark (so the rules count it invalid).</summary>
    public static IReadOnlyList<Approval> ApprovalMarks(string option) => option switch
    {
        For => [Approval.For],
        Against => [Approval.Against],
        Invalid => [Approval.For, Approval.Against],
        _ => [Approval.Abstain],
    };

    public static IReadOnlyList<int> LevelMarks(IReadOnlyList<OptionView> options, string option) =>
        option == Invalid ? [0, 1] : [options.Select(o => o.Code).ToList().IndexOf(option)];
}
