using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>
/// The options a deputy chooses from on an item (<see cref="ChoiceOption"/>), with their words from the rules'
/// <see cref="Wording"/> and <see cref="AppraisalScale"/>. An option's index is the Tally's option index.
/// </summary>
public static class BallotOptions
{
    public static readonly IReadOnlyList<OptionView> Approvals =
    [
        new(ChoiceOption.For, Wording.Of(Approval.For)), new(ChoiceOption.Against, Wording.Of(Approval.Against)),
        new(ChoiceOption.Abstain, Wording.Of(Approval.Abstain)),
    ];

    private static readonly ChoiceOption[] SatisfactionCodes =
        [ChoiceOption.Satisfied, ChoiceOption.BasicallySatisfied, ChoiceOption.Dissatisfied, ChoiceOption.Unknown];

    private static readonly ChoiceOption[] CompetenceCodes =
        [ChoiceOption.Excellent, ChoiceOption.Competent, ChoiceOption.BasicallyCompetent, ChoiceOption.Incompetent];

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

    /// <summary>The option a wire name stands for, if it is one of <paramref name="offered"/>.</summary>
    public static ChoiceOption? Parse(string? name, IReadOnlyCollection<ChoiceOption> offered) =>
        name is not null && WireNames.TryParse<ChoiceOption>(name, out var option) && offered.Contains(option) ? option : null;

    /// <summary>The marks a stored choice stands for: one, or two for a spoilt paper mark (so the rules count it invalid).</summary>
    public static IReadOnlyList<Approval> ApprovalMarks(ChoiceOption option) => option switch
    {
        ChoiceOption.For => [Approval.For],
        ChoiceOption.Against => [Approval.Against],
        ChoiceOption.Invalid => [Approval.For, Approval.Against],
        _ => [Approval.Abstain],
    };

    public static IReadOnlyList<int> LevelMarks(IReadOnlyList<OptionView> options, ChoiceOption option) =>
        option == ChoiceOption.Invalid ? [0, 1] : [options.Select(o => o.Code).ToList().IndexOf(option)];

    /// <summary>Counts per approval option, in the order of <see cref="Approvals"/>.</summary>
    public static IReadOnlyList<OptionCountView> ApprovalCounts(int @for, int against, int abstain) =>
    [
        new(ChoiceOption.For, Approvals[0].Label, @for), new(ChoiceOption.Against, Approvals[1].Label, against),
        new(ChoiceOption.Abstain, Approvals[2].Label, abstain),
    ];
}
