namespace PeoplesCongress.Tally;

public enum PassRule { MajorityOfAllDeputies, Plurality }

// RULES.md "Pass rule (default)": strictly more than half of all current deputies, not of those present or of valid ballots.
public static class MajorityOfAllDeputies
{
    public static bool Passes(int votes, int currentDeputies) => 2 * votes > currentDeputies;
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
