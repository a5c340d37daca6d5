using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>
/// Which closed set of wire strings (the constants of a class in src/Contracts) each string property of a wire record
/// takes its values from, by the record and the property's JSON name: the OpenAPI document and the hub schema both
/// list the values from here.
/// </summary>
public static class ClosedSets
{
    private static readonly Dictionary<(Type Record, string Property), Type> ByProperty = new()
    {
        [(typeof(ItemChoice), "option")] = typeof(ChoiceOption),
        [(typeof(GradeDecisionRequest), "grade")] = typeof(ChoiceOption),
        [(typeof(BallotView), "relation")] = typeof(BallotRelations),
        [(typeof(CreateBallotRequest), "passRule")] = typeof(PassRules),
        [(typeof(CreateBallotRequest), "scale")] = typeof(AppraisalScales),
        [(typeof(CreateBallotRequest), "gradeDenominator")] = typeof(GradeDenominators),
        [(typeof(CreateBallotRequest), "purpose")] = typeof(BallotPurposes),
        [(typeof(BallotSettingsView), "passRule")] = typeof(PassRules),
        [(typeof(BallotSettingsView), "scale")] = typeof(AppraisalScales),
        [(typeof(BallotSettingsView), "gradeDenominator")] = typeof(GradeDenominators),
        [(typeof(BallotSettingsView), "purpose")] = typeof(BallotPurposes),
        [(typeof(BallotResultView), "relation")] = typeof(BallotRelations),
        [(typeof(BallotResultView), "countedBy")] = typeof(CountMethods),
        [(typeof(ItemResultView), "outcome")] = typeof(ProjectOutcomes),
        [(typeof(ResultFlagView), "code")] = typeof(ResultFlags),
        [(typeof(PresidiumDecisionView), "decision")] = typeof(ShortfallDecisions),
        [(typeof(ShortfallDecisionRequest), "decision")] = typeof(ShortfallDecisions),
    };

    /// <summary>The values a property may take, or null for a property that is not a closed set.</summary>
    public static IReadOnlyList<string>? Of(Type record, string property) =>
        ByProperty.TryGetValue((record, property), out var set) ? WireConstants.Of(set) : null;
}
