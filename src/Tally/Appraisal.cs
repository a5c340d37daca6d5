namespace PeoplesCongress.Tally;

// RULES.md "Ballot kinds" 2 and 3: the scale is a setting; levels best first; Unknown (不了解) is a valid mark but no level.
public sealed record AppraisalScale(IReadOnlyList<string> Levels, string? Unknown)
{
    public static AppraisalScale Satisfaction { get; } = new(["满意", "基本满意", "不满意"], null);

    public static AppraisalScale SatisfactionWithUnknown { get; } = new(["满意", "基本满意", "不满意"], "不了解");

    public static AppraisalScale Competence { get; } = new(["优秀", "称职", "基本称职", "不称职"], null);

    // Option index Levels.Count, when present, is Unknown.
    public IReadOnlyList<string> Options => Unknown is null ? Levels : [.. Levels, Unknown];

    public int OptionCount => Levels.Count + (Unknown is null ? 0 : 1);
}

public enum Denominator { AllCurrentMembers, ValidVotes }

// RULES.md "Satisfaction appraisal", grade: threshold and denominator are settings; the default is the 镇海 rule.
public sealed record GradeRule(Fraction Threshold, Denominator Denominator)
{
    public static GradeRule Default { get; } = new(Fraction.Half, Denominator.AllCurrentMembers);
}

public sealed record AppraisalBallot(IReadOnlyDictionary<int, IReadOnlyList<int>> Marks);

public sealed record AppraisalVote(
    int CurrentDeputies, int Issued, AppraisalScale Scale, GradeRule Rule,
    IReadOnlyList<Candidate> Targets, IReadOnlyList<AppraisalBallot> Ballots)
{
    public int CurrentDeputies { get; } = VoteSettings.NotNegative(CurrentDeputies, "现有代表人数", nameof(CurrentDeputies));

    public int Issued { get; } = VoteSettings.NotNegative(Issued, "发出测评表数", nameof(Issued));

    public AppraisalScale Scale { get; } =
        Scale.Levels.Count >= 2 ? Scale : throw new ArgumentException("测评等次至少需要两个。", nameof(Scale));

    public IReadOnlyList<Candidate> Targets { get; } =
        Targets.Count >= 1
            ? VoteSettings.DistinctIds(Targets, "测评对象", nameof(Targets))
            : throw new ArgumentException("至少需要一个测评对象。", nameof(Targets));
}

// Counts and Rates are per option index; Combined is every level above the lowest; Between holds the two levels
// an ExactThreshold grade lies between.
public sealed record TargetResult(
    int Id, string Name,
    IReadOnlyList<int> Counts,
    int Valid, int Invalid,
    IReadOnlyList<Rate> Rates,
    Rate Combined,
    int? Grade,
    bool ExactThreshold, IReadOnlyList<int> Between,
    int Rank);

public sealed record AppraisalResult(
    int Issued, int Returned, bool VoteValid,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<int> ToRectify,
    IReadOnlyList<int> ExactThreshold,
    string Announcement);
