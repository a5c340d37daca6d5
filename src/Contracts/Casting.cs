namespace PeoplesCongress.Contracts;

/// <summary>
/// One deputy's ballot. <paramref name="CastId"/> is chosen by the tablet (random, 8–64 characters) and reused
/// when the same ballot is sent again after a lost acknowledgement, so the server can tell a resend from a
/// second vote.
/// </summary>
public sealed record CastRequest(int BallotId, IReadOnlyList<int> Marks, string CastId);

/// <summary>Sent only once the ballot is durable. <paramref name="Duplicate"/> is true for a resend.</summary>
public sealed record CastReceipt(int BallotId, bool Duplicate);
