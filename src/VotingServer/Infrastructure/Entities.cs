using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Infrastructure;

public sealed class Sitting
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int QuorumNumerator { get; set; } = 2;
    public int QuorumDenominator { get; set; } = 3;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The term (届) the sitting belongs to, chosen by the secretariat; its roster rows are matched to the term's deputies.</summary>
    public int? TermId { get; set; }

    /// <summary>
    /// 允许代表以个人代表证签到: a term deputy's personal credential signs in at this sitting's hall as the deputy's
    /// sitting credential would. Off unless the secretariat turns it on, which it can only before the first ballot opens.
    /// </summary>
    public bool AcceptPersonalCredentials { get; set; }
}

public sealed class Deputy
{
    public int Id { get; set; }
    public int SittingId { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public string Delegation { get; set; } = "";
    public DeputyStatus Status { get; set; }
    public bool OnLeave { get; set; }
    public DateTimeOffset? SignedInAt { get; set; }

    /// <summary>How the deputy signed in; null while not signed in (and for sign-ins recorded before it was kept).</summary>
    public SignInSource? SignInSource { get; set; }

    /// <summary>The same deputy in the register of the sitting's term (matched by 代表证号); null when not matched.</summary>
    public int? TermDeputyId { get; set; }
}

/// <summary>A deputy's or a staff member's credential. Only the SHA-256 of the code is kept.</summary>
public sealed class Credential
{
    public int Id { get; set; }
    public required string TokenHash { get; set; }
    public required Role Role { get; set; }
    public required string Name { get; set; }
    public int? DeputyId { get; set; }

    /// <summary>For a credential bound to one sitting (a big-screen viewer), that sitting.</summary>
    public int? SittingId { get; set; }

    /// <summary>For a credential of a term (a deputy's personal one, a department's), that term.</summary>
    public int? TermId { get; set; }

    /// <summary>A deputy's personal credential for use between sittings: the deputy of the term.</summary>
    public int? TermDeputyId { get; set; }

    /// <summary>A department's credential: the department (承办单位).</summary>
    public int? DepartmentId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>
    /// A scrutineer's public keys (base64 SubjectPublicKeyInfo, P-256), derived from the code when it is issued
    /// (<c>Credentials/CredentialKeys.cs</c>): one verifies their signatures on count records, the other is the key
    /// the box keys of the sitting's ballots are wrapped for. The private keys are never stored: they are derived
    /// again from the code whenever the card is presented. Null for every other credential.
    /// </summary>
    public string? SigningKey { get; set; }

    public string? SealingKey { get; set; }
}

/// <summary>
/// A ballot on a sitting's agenda (议程), of any kind. Settings that do not apply to its kind stay null.
/// ResultJson is written once at close and never changed; the presidium's later decisions are rows of their own
/// beside it (<see cref="ShortfallDecision"/>, <see cref="GradeDecision"/>), appended and never rewritten.
/// </summary>
public sealed class Ballot
{
    public int Id { get; set; }
    public int SittingId { get; set; }
    public int AgendaPosition { get; set; }
    public BallotKind Kind { get; set; }
    public required string Title { get; set; }
    public int Places { get; set; }
    public required string PassRule { get; set; }
    public string? Scale { get; set; }
    public int GradeThresholdNumerator { get; set; } = 1;
    public int GradeThresholdDenominator { get; set; } = 2;
    public string? GradeDenominator { get; set; }
    public string? Purpose { get; set; }
    public bool Secret { get; set; } = true;
    public BallotState State { get; set; }
    public int Round { get; set; } = 1;
    public int? PreviousBallotId { get; set; }
    public string? Relation { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ResultJson { get; set; }

    /// <summary>The audit chain's head when the ballot was counted: the hash of its closing entry.</summary>
    public string? AuditHead { get; set; }

    /// <summary>The Merkle root of the box as published (src/Tally/Records/BoxCommitment.cs), lowercase hex; set at the count.</summary>
    public string? BoxRoot { get; set; }

    /// <summary>
    /// The public half of the ballot's box key (P-256, base64 SubjectPublicKeyInfo), made at open: each cast is sealed
    /// to it, so casting never needs the private half, which the server holds in memory and the scrutineers' wraps
    /// (<see cref="BoxKeyWrap"/>) hold on disk until the count.
    /// </summary>
    public string? BoxPublicKey { get; set; }
    public List<BallotItem> Items { get; set; } = [];
    public ShortfallDecision? ShortfallDecision { get; set; }
    public List<GradeDecision> GradeDecisions { get; set; } = [];
}

/// <summary>The presidium's one decision on a shortfall (RULES.md "Fewer than N pass"); the database refuses a second.</summary>
public sealed class ShortfallDecision
{
    public int BallotId { get; set; }
    public required string Decision { get; set; }
    public string Note { get; set; } = "";
    public int? FollowUpBallotId { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}

/// <summary>The presidium's decision of one target's grade that lies exactly on the threshold; one per target.</summary>
public sealed class GradeDecision
{
    public int BallotId { get; set; }
    public int ItemId { get; set; }
    public required ChoiceOption Grade { get; set; }
    public required string GradeLabel { get; set; }
    public string Note { get; set; } = "";
    public DateTimeOffset DecidedAt { get; set; }
}

/// <summary>A candidate project, an appraisal target, or the one item of a motion.</summary>
public sealed class BallotItem
{
    public int Id { get; set; }
    public int BallotId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string Content { get; set; } = "";
    public decimal? BudgetWan { get; set; }
    public string LeadDepartment { get; set; } = "";
    public string Group { get; set; } = "";
    public int? OriginItemId { get; set; }
}

/// <summary>
/// A named (记名) vote: allowed only for a deputy's rating of the handling of their own suggestion, the one
/// exception to secrecy. Secret ballots never come here; they go to the ballot box, which has no deputy.
/// </summary>
public sealed class NamedVote
{
    public int BallotId { get; set; }
    public int DeputyId { get; set; }
    public required string Choices { get; set; }
}

/// <summary>
/// Issuance (领票): the deputy was given this ballot, and whether it came back. It never says what was
/// chosen, and carries no time: the ballot box is a separate table with no deputy in it.
/// CastId is the tablet's own random id of the submission, kept to recognise a resend.
/// </summary>
public sealed class Issuance
{
    public int BallotId { get; set; }
    public int DeputyId { get; set; }
    public string? CastId { get; set; }

    /// <summary>The short tracking code (查验码) the tablet showed after the ack; listed in the bundle without any choice.</summary>
    public string? TrackingCode { get; set; }
}

/// <summary>
/// The private half of a ballot's box key wrapped for one scrutineer's credential (ECDH with the credential's sealing
/// key, then AES-GCM):
/// any one scrutineer's card unseals the box after a crash. Deleted when the box is counted.
/// </summary>
public sealed class BoxKeyWrap
{
    public int BallotId { get; set; }
    public int CredentialId { get; set; }

    /// <summary>The one-off P-256 public key of the key agreement (SubjectPublicKeyInfo).</summary>
    public required byte[] EphemeralKey { get; set; }

    /// <summary>Nonce (12 bytes), the wrapped key, and the tag (16 bytes).</summary>
    public required byte[] Wrapped { get; set; }
}

/// <summary>A person who runs the count of a sitting; scrutineers have a credential to sign with.</summary>
public sealed class CountingStaff
{
    public int Id { get; set; }
    public int SittingId { get; set; }
    public required string Name { get; set; }
    public required CountingRole Role { get; set; }
    public int? CredentialId { get; set; }
}

/// <summary>A scrutineer's signature on a count record; it covers the SHA-256 of the stored result.</summary>
public sealed class CountSignature
{
    public int BallotId { get; set; }
    public int CountingStaffId { get; set; }
    public DateTimeOffset SignedAt { get; set; }
    public required string RecordSha256 { get; set; }

    /// <summary>The ECDSA P-256 signature (base64, IEEE P1363) over the stored result's UTF-8 bytes; null for older signatures.</summary>
    public string? Signature { get; set; }

    /// <summary>The public key that made <see cref="Signature"/> (base64 SubjectPublicKeyInfo): a reissued card has another.</summary>
    public string? SigningKey { get; set; }
}

/// <summary>A published notice (公告). The database refuses any change to a row once written.</summary>
public sealed class Notice
{
    public int Id { get; set; }
    public int SittingId { get; set; }
    public int Number { get; set; }
    public int BallotId { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string DocumentJson { get; set; }
    public required string Sha256 { get; set; }

    /// <summary>The server's ECDSA P-256 signature (base64, IEEE P1363) over DocumentJson's UTF-8 bytes.</summary>
    public string? ServerSignature { get; set; }
}

/// <summary>An act the secretariat asked the presidium to confirm; decided once, done once (docs/security.md).</summary>
public sealed class Confirmation
{
    public int Id { get; set; }
    public int SittingId { get; set; }
    public ConfirmationAct Act { get; set; }
    public int? BallotId { get; set; }
    public int? DeputyId { get; set; }
    public int? CountingStaffId { get; set; }
    public required string Subject { get; set; }
    public required string Reason { get; set; }
    public int RequestedByCredentialId { get; set; }
    public required string RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public int? DecidedByCredentialId { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public bool? Confirmed { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}

/// <summary>One entry of the append-only audit record: who did what, when, from where. Never a choice.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? CredentialId { get; set; }
    public Role? Role { get; set; }
    public required string Name { get; set; }
    public string? Address { get; set; }
    public AuditAction Action { get; set; }
    public int? SittingId { get; set; }
    public int? BallotId { get; set; }
    public required string Summary { get; set; }

    /// <summary>The hash of the entry before (AuditChain.Genesis for the first), lowercase hex.</summary>
    public string? PrevHash { get; set; }

    /// <summary>This entry's hash over PrevHash and its fields (src/Tally/Records/AuditChain.cs), lowercase hex.</summary>
    public string? Hash { get; set; }
}

/// <summary>A notice's PDF or XLSX (<see cref="Format"/> is the file extension), rendered once and served as stored.</summary>
public sealed class NoticeFile
{
    public int NoticeId { get; set; }
    public required string Format { get; set; }
    public required byte[] Content { get; set; }
    public required string Sha256 { get; set; }
}
