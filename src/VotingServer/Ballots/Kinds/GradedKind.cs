using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>
/// An appraisal (RULES.md "Satisfaction appraisal", "Democratic appraisal"): each target rated on a scale, with rates,
/// a grade by the threshold and its denominator (settings), ranks and the 整改 list.
/// </summary>
public abstract class GradedKind : KindDescriptor
{
    public override string ItemNoun => "测评对象";

    public override bool Grades => true;

    /// <summary>The scale when the request names none.</summary>
    protected abstract string DefaultScale { get; }

    public override IReadOnlyList<OptionView> Options(string? scale) => BallotOptions.Levels(scale);

    public override void Configure(Ballot ballot, CreateBallotRequest request)
    {
        RefuseAdoptionSettings(request);
        var scale = request.Scale ?? DefaultScale;
        if (!AppraisalScales.All.Contains(scale)) throw VenueErrors.Invalid($"测评等次“{scale}”无效，应为 {string.Join("、", AppraisalScales.All)} 之一。");
        var (numerator, denominator) = (request.GradeThresholdNumerator ?? 1, request.GradeThresholdDenominator ?? 2);
        if (numerator <= 0 || denominator <= 0 || numerator >= denominator) throw VenueErrors.Invalid("等次门槛应为小于1的正分数，例如二分之一（1/2）。");
        // A rating of one's own suggestion is given by few deputies: graded on the votes cast, not on the whole congress.
        var basis = request.GradeDenominator
            ?? (request.Purpose == BallotPurposes.SuggestionHandling ? GradeDenominators.ValidVotes : GradeDenominators.AllCurrentMembers);
        if (basis is not (GradeDenominators.AllCurrentMembers or GradeDenominators.ValidVotes))
            throw VenueErrors.Invalid($"计算等次的基数“{basis}”无效，应为 {GradeDenominators.AllCurrentMembers} 或 {GradeDenominators.ValidVotes}。");
        (ballot.Scale, ballot.GradeThresholdNumerator, ballot.GradeThresholdDenominator, ballot.GradeDenominator) = (scale, numerator, denominator, basis);
    }

    public override BallotSettingsView Settings(Ballot ballot) => new(0, null, ballot.Scale,
        $"{ballot.GradeThresholdNumerator}/{ballot.GradeThresholdDenominator}", ballot.GradeDenominator, ballot.Purpose);
}
