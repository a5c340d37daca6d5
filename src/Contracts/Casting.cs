using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>
/// Every option a deputy can choose on an item, in one closed set; each kind offers some of them (its descriptor
/// says which). On the wire as the names given here. What a deputy sends is parsed into this set by the cast's
/// checks, so an unknown option is refused with a code like any other bad choice.
/// </summary>
[JsonConverter(typeof(WireEnumConverter<ChoiceOption>))]
public enum ChoiceOption
{
    [JsonStringEnumMemberName("for")] For,
    [JsonStringEnumMemberName("against")] Against,
    [JsonStringEnumMemberName("abstain")] Abstain,
    [JsonStringEnumMemberName("satisfied")] Satisfied,
    [JsonStringEnumMemberName("basically-satisfied")] BasicallySatisfied,
    [JsonStringEnumMemberName("dissatisfied")] Dissatisfied,

    /// <summary>不了解, on the satisfaction scale that has it.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
    [JsonStringEnumMemberName("excellent")] Excellent,
    [JsonStringEnumMemberName("competent")] Competent,
    [JsonStringEnumMemberName("basically-competent")] BasicallyCompetent,
    [JsonStringEnumMemberName("incompetent")] Incompetent,

    /// <summary>A spoilt mark on a hand-counted paper ballot; never offered to a tablet.</summary>
    [JsonStringEnumMemberName("invalid")] Invalid,
}

/// <summary>
/// One deputy's ballot. A select-up-to-N ballot lists the chosen items in <paramref name="Marks"/>; every other kind
/// names one option per item in <paramref name="Choices"/> (an item left out is 弃权 on a 票决, and an invalid
/// vote for that target on an appraisal). <paramref name="CastId"/> is chosen by the tablet (random, 8–64
/// characters) and reused when the same ballot is sent again after a lost acknowledgement, so the server can tell
/// a resend from a second vote.
/// </summary>
public sealed record CastRequest(int BallotId, IReadOnlyList<int>? Marks, string CastId, IReadOnlyList<ItemChoice>? Choices = null);

/// <summary>
/// The option chosen for one item, e.g. (12, "for") or (31, "basically-satisfied"): a wire name of
/// <see cref="ChoiceOption"/>, kept as text here because it is what a tablet sent and is checked by the server.
/// </summary>
public sealed record ItemChoice(int ItemId, string Option);

/// <summary>
/// Sent only once the ballot is durable. <paramref name="Duplicate"/> is true for a resend. <paramref name="TrackingCode"/>
/// (查验码, "XXXX-XXXX") is the same for a resend: the published list of counted ballots carries it without any choice,
/// so the deputy can see their ballot was counted and can prove to nobody how they voted.
/// </summary>
public sealed record CastReceipt(int BallotId, bool Duplicate, string? TrackingCode = null);
