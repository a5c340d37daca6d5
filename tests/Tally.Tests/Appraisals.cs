namespace PeoplesCongress.Tally.Tests;

// Builders for appraisals (测评表), so each test states only the figures it is about.
internal static class Appraisals
{
    // Listing a target twice puts two marks on it, as a paper form can.
    public static AppraisalBallot Sheet(params (int Target, int Option)[] marks) =>
        new(marks.GroupBy(m => m.Target).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(m => m.Option)]));

    // Target i + 1 gets countsPerTarget[i][option] marks of each option, on consecutive forms from the first;
    // forms left over leave that target unmarked, which is an invalid vote for it.
    public static List<AppraisalBallot> WithCounts(int forms, params int[][] countsPerTarget)
    {
        var sheets = Enumerable.Range(0, forms).Select(_ => new List<(int, int)>()).ToList();
        for (var target = 0; target < countsPerTarget.Length; target++)
        {
            var options = countsPerTarget[target].SelectMany((count, option) => Enumerable.Repeat(option, count)).ToList();
            Assert.InRange(options.Count, 0, forms);
            for (var form = 0; form < options.Count; form++)
            {
                sheets[form].Add((target + 1, options[form]));
            }
        }
        return [.. sheets.Select(marks => Sheet([.. marks]))];
    }

    public static AppraisalResult Count(
        int currentDeputies, IReadOnlyList<Candidate> targets, IReadOnlyList<AppraisalBallot> ballots,
        AppraisalScale? scale = null, GradeRule? rule = null, int? issued = null) =>
        AppraisalTally.Count(new AppraisalVote(
            currentDeputies, issued ?? ballots.Count, scale ?? AppraisalScale.Satisfaction, rule ?? GradeRule.Default,
            targets, ballots));

    public static TargetResult Of(this AppraisalResult result, int id) => result.Targets.Single(t => t.Id == id);
}
