using PeoplesCongress.Contracts;
using PeoplesCongress.Tally;

namespace PeoplesCongress.VotingServer.Ballots;

/// <summary>
/// The options a deputy chooses from on an item: their codes on the wire here, their words from the rules'
/// <see cref="Wording"/> and <see cref="AppraisalScale"/>. An option's index is the Tally's option index.
/// </summary>
public static class BallotOptions
{
    public const string For = "for";
    public const string Against = "against";
    public const string Abstain = "abstain";

    /// <summary>A spoilt mark on a hand-counted paper ballot; tablets can never send it.</summary>
    public const string Invalid = "invalid";

    public static readonly IReadOnlyList<OptionView> Approvals =
        [new(For, Wording.Of(Approval.For)), new(Against, Wording.Of(Approval.Against)), new(Abstain, Wording.Of(Approval.Abstain))];

    private static readonly string[] SatisfactionCodes = ["satisfied", "basically-satisfied", "dissatisfied", "unknown"];
    private static readonly string[] CompetenceCodes = ["excellent", "competent", "basically-competent", "incompetent"];

    /// <summary>The levels of an appraisal scale (<see cref="AppraisalScales"/>), best first, then 不了解 where the scale has it.</summary>
    public static IReadOnlyList<OptionView> Levels(string? scale)
    {
        var tally = TallyScale(scale);
        var codes = scale == AppraisalScales.Competence ? CompetenceCodes : SatisfactionCodes;
        return [.. tally.Options.Select((label, i) => new OptionView(codes[i], label))];
    }

    public static AppraisalScale TallyScale(string? scale) => scale switch
    {
        AppraisalScales.Competence => AppraisalScale.Competence,
        AppraisalScales.SatisfactionWithUnknown => AppraisalScale.SatisfactionWithUnknown,
        _ => AppraisalScale.Satisfaction,
    };

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

    /// <summary>Counts per approval option, in the order of <see cref="Approvals"/>.</summary>
    public static IReadOnlyList<OptionCountView> ApprovalCounts(int @for, int against, int abstain) =>
        [new(For, Approvals[0].Label, @for), new(Against, Approvals[1].Label, against), new(Abstain, Approvals[2].Label, abstain)];
}
