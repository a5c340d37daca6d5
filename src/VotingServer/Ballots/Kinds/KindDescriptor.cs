using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Certified;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Ballots.Kinds;

/// <summary>
/// Everything that varies by ballot kind, in one descriptor per kind: what its items are called and which it
/// supplies, its settings and their defaults, the options a deputy chooses from, the shape of a cast and its
/// checks, and the words of its result. The count itself is in <c>src/Tally/Certified</c> (<see cref="ResultCount"/>),
/// where a verifier runs it without the server. Adding a kind is one descriptor here, listed in
/// <see cref="KindCatalog"/>, its count there, plus its renderers in the pages (docs/ballot-kinds.md).
/// </summary>
public abstract class KindDescriptor
{
    /// <summary>The kind's code on the wire (<see cref="BallotKind"/>).</summary>
    public abstract BallotKind Code { get; }

    /// <summary>The kind's name as the agenda and the pages show it.</summary>
    public abstract string Label { get; }

    /// <summary>What the kind calls its items in messages: 候选项目, 测评对象, 表决事项.</summary>
    public abstract string ItemNoun { get; }

    /// <summary>The heading of the items' column in a notice.</summary>
    public virtual string ItemHeading => ItemNoun;

    /// <summary>Whether the top N projects are adopted, with run-offs and shortfalls (and rounds combined).</summary>
    public bool AdoptsProjects => ResultCount.AdoptsProjects(Code);

    /// <summary>Whether items get rates, grades and ranks (the appraisal columns of a notice).</summary>
    public virtual bool Grades => false;

    /// <summary>Whether a cast names one option per item (<see cref="CastRequest.Choices"/>) rather than marking items.</summary>
    public virtual bool ChoosesPerItem => true;

    public abstract IReadOnlyList<OptionView> Options(string? scale);

    /// <summary>The items as submitted, or those the kind supplies (a motion is its own one item).</summary>
    public virtual IReadOnlyList<NewItem> Items(IReadOnlyList<NewItem> submitted, string title) => submitted;

    /// <summary>Checks the kind's settings in the request and writes them, with their defaults, onto the ballot.</summary>
    public abstract void Configure(Ballot ballot, CreateBallotRequest request);

    public abstract BallotSettingsView Settings(Ballot ballot);

    /// <summary>Whether a named (记名) vote of this kind may be held for the request (RULES.md "Secrecy").</summary>
    public virtual bool AllowsNamed(CreateBallotRequest request) => false;

    /// <summary>Checks a cast against the open ballot and encodes it for the box; a refusal is a coded error.</summary>
    public virtual string EncodeCast(OpenBallot ballot, CastRequest request) => CastShapes.Choices(ballot, request);

    /// <summary>The word in a notice's 结果 column for an item of a kind that does not grade.</summary>
    public virtual string Outcome(BallotResultView result, ItemResultView item) => ProjectCounts.OutcomeWords(item.Outcome);

    /// <summary>Refuses the settings that only project votes have.</summary>
    protected static void RefuseAdoptionSettings(CreateBallotRequest request)
    {
        if (request.Places != 0 || request.PassRule is not null) throw VenueErrors.Invalid("只有民生实事项目票决设应选项目数和通过规则。");
    }
}

/// <summary>The kinds the server runs, by their wire code.</summary>
public static class KindCatalog
{
    private static readonly IReadOnlyDictionary<BallotKind, KindDescriptor> ByCode = new KindDescriptor[]
    {
        new ProjectSelectionKind(), new ProjectApprovalKind(), new SatisfactionKind(), new AppraisalKind(), new MotionKind(),
    }.ToDictionary(k => k.Code);

    public static IReadOnlyCollection<BallotKind> Codes => [.. ByCode.Keys];

    /// <summary>The descriptor of a stored ballot's kind.</summary>
    public static KindDescriptor Of(BallotKind code) => ByCode[code];

    /// <summary>
    /// The descriptor of a requested kind, or the coded refusal naming the kinds there are (JSON may carry a number
    /// that is no kind).
    /// </summary>
    public static KindDescriptor Requested(BallotKind code) =>
        ByCode.TryGetValue(code, out var kind)
            ? kind
            : throw VenueErrors.Invalid($"表决类型“{code}”无效，应为 {string.Join("、", WireNames.All<BallotKind>())} 之一。");
}
