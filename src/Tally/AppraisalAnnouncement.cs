namespace PeoplesCongress.Tally;

// RULES.md "Satisfaction appraisal" and "Counting, certification, publication": figures and grade per target,
// then who must rectify and report again, then the grades left to the presidium.
public static class AppraisalAnnouncement
{
    public static string Compose(AppraisalResult result, AppraisalScale scale, Fraction threshold)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(threshold);
        var header = $"发出测评表{result.Issued}张，收回{result.Returned}张";
        if (!result.VoteValid)
        {
            return header + "，本次测评无效，应当重新测评。";
        }
        return header + "。"
            + string.Concat(result.Targets.Select(t => TargetSentence(t, scale)))
            + RectifySentence(result, scale)
            + ExactThresholdSentence(result, threshold);
    }

    private static string TargetSentence(TargetResult target, AppraisalScale scale)
    {
        var figures = string.Join("，", scale.Options.Select((label, option) => $"{label}{target.Counts[option]}票"));
        return $"{target.Name}：{figures}，无效{target.Invalid}票，"
            + $"{scale.Levels[0]}率{target.Rates[0].Percent}%，{GradePhrase(target, scale)}。";
    }

    private static string GradePhrase(TargetResult target, AppraisalScale scale) =>
        target.Grade is { } grade ? $"测评等次为{scale.Levels[grade]}"
        : target.ExactThreshold ? $"测评等次待定（{scale.Levels[target.Between[0]]}或{scale.Levels[target.Between[1]]}）"
        : "未评定测评等次";

    private static string RectifySentence(AppraisalResult result, AppraisalScale scale) =>
        result.ToRectify.Count == 0
            ? ""
            : $"测评等次为{scale.Levels[^1]}的：{Names(result, result.ToRectify)}，应当整改后重新报告。";

    private static string ExactThresholdSentence(AppraisalResult result, Fraction threshold) =>
        result.ExactThreshold.Count == 0
            ? ""
            : Wording.ExactThreshold(Names(result, result.ExactThreshold), threshold);

    private static string Names(AppraisalResult result, IReadOnlyList<int> ids) =>
        string.Join("、", ids.Select(id => result.Targets.Single(t => t.Id == id).Name));
}
