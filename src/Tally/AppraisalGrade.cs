namespace PeoplesCongress.Tally;

// Between holds the two levels when the votes fall exactly on the threshold.
public sealed record GradeDecision(int? Level, IReadOnlyList<int> Between)
{
    public static GradeDecision None { get; } = new(null, []);

    public bool ExactThreshold => Between.Count > 0;
}

// RULES.md "Satisfaction appraisal", grade (镇海 rule), generalised to any scale as "Appraisal of officials" allows.
public static class AppraisalGrade
{
    public static GradeDecision Decide(GradeRule rule, IReadOnlyList<int> levelCounts, int denominator)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(levelCounts);
        // Nothing to take a share of (no valid votes under ValidVotes): there is no grade to give.
        if (denominator == 0)
        {
            return GradeDecision.None;
        }

        var cumulative = 0;
        for (var level = 0; level < levelCounts.Count - 1; level++)
        {
            cumulative += levelCounts[level];
            if (rule.Threshold.IsExceededBy(cumulative, denominator))
            {
                return new GradeDecision(level, []);
            }
            // The published rule does not say which side exactly the threshold falls on; the presidium decides.
            if (rule.Threshold.IsMetExactlyBy(cumulative, denominator))
            {
                return new GradeDecision(null, [level, level + 1]);
            }
        }
        return new GradeDecision(levelCounts.Count - 1, []);
    }
}

// RULES.md "Satisfaction appraisal": targets ranked by the rate of the best level; ties share a place (名次可以并列).
public static class AppraisalRank
{
    public static IReadOnlyList<int> Of(IReadOnlyList<Rate> bestLevelRates)
    {
        ArgumentNullException.ThrowIfNull(bestLevelRates);
        return [.. bestLevelRates.Select(rate => 1 + bestLevelRates.Count(other => IsHigher(other, rate)))];
    }

    // Exact fractions compared by cross-multiplication; a target without valid votes has no rate and ranks last.
    private static bool IsHigher(Rate a, Rate b) =>
        a.Denominator > 0
        && (b.Denominator == 0 || (long)a.Numerator * b.Denominator > (long)b.Numerator * a.Denominator);
}
