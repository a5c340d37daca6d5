namespace PeoplesCongress.Contracts;

/// <summary>
/// The publication bundle (公告数据包) of one notice: everything needed to check the published result with no server
/// (docs/verification.md). The signed texts are carried as the exact strings that were signed: <see cref="Notice"/> is
/// the notice JSON as published (the server signed its UTF-8 bytes), <see cref="CountRecord"/> the stored result JSON
/// the scrutineers signed. <see cref="Box"/> is the box as published (each ballot's choices, in the order of the box's
/// random keys), <see cref="TrackingCodes"/> the tracking codes of the counted ballots, sorted and without any choice,
/// <see cref="Audit"/> the chained audit record from the ballot's opening entry to its closing entry (the head at the
/// count), <see cref="PreviousRound"/> the earlier round's stored result JSON for a run-off or repeat round.
/// </summary>
public sealed record PublicationBundle(
    string Format, string Notice, string? NoticeSignature, ServerKeyView ServerKey, string CountRecord,
    IReadOnlyList<BundleSignature> Signatures, IReadOnlyList<string> Box, IReadOnlyList<string> TrackingCodes,
    IReadOnlyList<BundleAuditEntry> Audit, string? PreviousRound)
{
    public const string FormatName = "peoplescongress-bundle-1";
}

/// <summary>A scrutineer's signature on the count record, with the public key that made it (base64, as stored).</summary>
public sealed record BundleSignature(string Name, CountingRole Role, DateTimeOffset SignedAt, string? SigningKey, string? Signature);

/// <summary>
/// One audit entry with every field its hash covers, as src/Tally/Records/AuditChain.cs encodes them: role and action
/// by wire name, <see cref="At"/> in the chain's own time format (UTC, seven fractional digits).
/// </summary>
public sealed record BundleAuditEntry(
    long Id, string At, int? CredentialId, string? Role, string Name, string? Address, string Action, int? SittingId,
    int? BallotId, string Summary, string? PrevHash, string? Hash);
