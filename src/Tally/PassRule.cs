namespace PeoplesCongress.Tally;

public enum PassRule { MajorityOfAllDeputies, Plurality }

// RULES.md "Pass rule (default)": strictly more than half of all current deputies, not of those present or of valid ballots.
public static class MajorityOfAllDeputies
{
    public static bool Passes(int votes, int currentDeputies) => 2 * votes > currentDeputies;

    // The same rule as a whole number for people: the fewest votes that pass, so the hall never sees "22.5票".
    // 2 × votes > current holds first at floor(current / 2) + 1: 23 of 45, 23 of 44.
    public static int SmallestPassing(int currentDeputies) =>
        currentDeputies >= 0
            ? currentDeputies / 2 + 1
            : throw new ArgumentOutOfRangeException(nameof(currentDeputies), currentDeputies, "现有代表人数不能为负数。");
}

// RULES.md "Pass rule", variant setting: pure plurality, no majority floor.
public static class Plurality
{
    // Without a floor, a project that nobody chose must still never reach the list.
    public static bool Passes(int votes) => votes >= 1;
}

public static class PassRuleExtensions
{
    public static bool Passes(this PassRule rule, int votes, int currentDeputies) => rule switch
    {
        PassRule.MajorityOfAllDeputies => MajorityOfAllDeputies.Passes(votes, currentDeputies),
        PassRule.Plurality => Plurality.Passes(votes),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "未知的通过规则。"),
    };
}
