using System.Globalization;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.Tally.Certified;

/// <summary>An item (project, appraisal target, motion) as the count sees it.</summary>
public sealed record CountItem(int Id, string Name, string Group, int? OriginItemId);

/// <summary>What the count reads out of the box: the denominator, the ballots issued, the box's choices as stored.</summary>
public sealed record BoxContents(int CurrentDeputies, int Issued, IReadOnlyList<string> Choices);

/// <summary>
/// A ballot as its count needs it, and as its certified result states it: the server builds it from the stored
/// ballot, a verifier from a published result (<see cref="ResultCount.Recount"/>). The rules' settings (应选数, 通过规则,
/// 测评等次, 等次门槛 and its base) are read from <see cref="Settings"/>, the one form a result publishes them in.
/// <see cref="Items"/> are in their order on the ballot.
/// </summary>
public sealed record CountDefinition(
    int BallotId, int SittingId, BallotKind Kind, string Title, int Round, int? PreviousBallotId, string? Relation,
    bool Secret, BallotSettingsView Settings, IReadOnlyList<CountItem> Items)
{
    /// <summary>应选项目数 of a project vote.</summary>
    public int Places => Settings.Places;

    /// <summary>Whether 赞成 must come from more than half of all current deputies (a motion, a project vote by default).</summary>
    public bool MajorityFloor => Settings.PassRule == PassRules.MajorityOfAllDeputies;

    /// <summary>A project vote's pass rule as the rules name it.</summary>
    public PassRule PassRule => Settings.PassRule == PassRules.Plurality ? PassRule.Plurality : PassRule.MajorityOfAllDeputies;

    /// <summary>An appraisal's scale.</summary>
    public AppraisalScale Scale => BallotOptions.TallyScale(Settings.Scale);

    /// <summary>An appraisal's grade rule: the threshold ("1/2") of all current deputies or of the target's valid votes.</summary>
    public GradeRule GradeRule => new(Threshold(Settings.GradeThreshold),
        Settings.GradeDenominator == GradeDenominators.ValidVotes ? Denominator.ValidVotes : Denominator.AllCurrentMembers);

    private static Fraction Threshold(string? written)
    {
        var parts = (written ?? "").Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            ? new Fraction(numerator, denominator)
            : throw new ArgumentException($"等次门槛“{written}”应写作分数，例如 1/2。", nameof(written));
    }
}
