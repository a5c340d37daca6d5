namespace PeoplesCongress.Contracts;

/// <summary>
/// One deputy's ballot. A select-up-to-N ballot lists the chosen items in <paramref name="Marks"/>; every other kind
/// names one option per item in <paramref name="Choices"/> (an item left out is 弃权 on a 票决, and an invalid
/// vote for that target on an appraisal). <paramref name="CastId"/> is chosen by the tablet (random, 8–64
/// characters) and reused when the same ballot is sent again after a lost acknowledgement, so the server can tell
/// a resend from a second vote.
/// </summary>
public sealed record CastRequest(int BallotId, IReadOnlyList<int>? Marks, string CastId, IReadOnlyList<ItemChoice>? Choices = null);

/// <summary>The option chosen for one item, e.g. (12, "for") or (31, "basically-satisfied").</summary>
public sealed record ItemChoice(int ItemId, string Option);

/// <summary>Sent only once the ballot is durable. <paramref name="Duplicate"/> is true for a resend.</summary>
public sealed record CastReceipt(int BallotId, bool Duplicate);
