using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>An act the secretariat may do only once the presidium has confirmed it (docs/security.md, separation of duties).</summary>
[JsonConverter(typeof(WireEnumConverter<ConfirmationAct>))]
public enum ConfirmationAct
{
    /// <summary>人工计票 of a ballot that already holds electronic ballots: the hand count is certified instead.</summary>
    [JsonStringEnumMemberName("hand-count")] HandCount,

    /// <summary>A new credential for a designated scrutineer (the old one stops working).</summary>
    [JsonStringEnumMemberName("scrutineer-reissue")] ScrutineerReissue,

    /// <summary>A new credential for a deputy while a ballot they have not returned is open.</summary>
    [JsonStringEnumMemberName("deputy-reissue")] DeputyReissue,

    /// <summary>补签到 by hand of a deputy while a ballot they have not returned is open.</summary>
    [JsonStringEnumMemberName("hand-sign-in")] HandSignIn,
}

[JsonConverter(typeof(WireEnumConverter<ConfirmationState>))]
public enum ConfirmationState
{
    /// <summary>Asked for by the secretariat, awaiting the presidium.</summary>
    [JsonStringEnumMemberName("pending")] Pending,

    /// <summary>Confirmed by the presidium; the secretariat may now do the act, once.</summary>
    [JsonStringEnumMemberName("confirmed")] Confirmed,

    [JsonStringEnumMemberName("declined")] Declined,

    /// <summary>Confirmed and done.</summary>
    [JsonStringEnumMemberName("done")] Done,
}

/// <summary>
/// The secretariat asks the presidium to confirm an act: a hand count names its ballot, a deputy's act the deputy's
/// number, a scrutineer's reissue the counting staff id. <paramref name="Reason"/> is required: it goes on the record.
/// </summary>
public sealed record ConfirmationRequest(ConfirmationAct Act, string Reason, int? BallotId = null, string? DeputyNumber = null, int? StaffId = null);

/// <summary>The presidium's answer, with an optional note for the record.</summary>
public sealed record ConfirmationDecision(string? Note = null);

/// <summary>Who did something: the credential, its role and its holder's name (the server itself has no credential).</summary>
public sealed record ActorView(int? CredentialId, Role? Role, string Name);

/// <summary>
/// An act and its confirmation: who asked and why, who confirmed or declined and when, and when it was done.
/// <paramref name="Subject"/> names what the act is about in Chinese (「代表D012 王某某」, 「“关于…的决议”」),
/// <paramref name="Title"/> the act and its subject as the pages head it, <paramref name="Sentence"/> the line that
/// count records and notices print.
/// </summary>
public sealed record ConfirmationView(
    int Id, int SittingId, ConfirmationAct Act, string Subject, int? BallotId, string Reason, ConfirmationState State,
    ActorView RequestedBy, DateTimeOffset RequestedAt, ActorView? DecidedBy, DateTimeOffset? DecidedAt, string? Note,
    DateTimeOffset? DoneAt, string Title, string Sentence);

/// <summary>What a state change was, in the audit record (操作记录).</summary>
[JsonConverter(typeof(WireEnumConverter<AuditAction>))]
public enum AuditAction
{
    [JsonStringEnumMemberName("sitting-created")] SittingCreated,
    [JsonStringEnumMemberName("roster-imported")] RosterImported,
    [JsonStringEnumMemberName("sitting-term-linked")] SittingTermLinked,
    [JsonStringEnumMemberName("personal-credentials-setting-changed")] PersonalCredentialsSettingChanged,
    [JsonStringEnumMemberName("leave-recorded")] LeaveRecorded,
    [JsonStringEnumMemberName("signed-in")] SignedIn,
    [JsonStringEnumMemberName("signed-in-by-hand")] SignedInByHand,
    [JsonStringEnumMemberName("sign-in-undone")] SignInUndone,
    [JsonStringEnumMemberName("staff-credential-issued")] StaffCredentialIssued,
    [JsonStringEnumMemberName("staff-credential-revoked")] StaffCredentialRevoked,
    [JsonStringEnumMemberName("deputy-credentials-issued")] DeputyCredentialsIssued,
    [JsonStringEnumMemberName("deputy-credential-revoked")] DeputyCredentialRevoked,
    [JsonStringEnumMemberName("viewer-link-issued")] ViewerLinkIssued,
    [JsonStringEnumMemberName("ballot-created")] BallotCreated,
    [JsonStringEnumMemberName("ballot-edited")] BallotEdited,
    [JsonStringEnumMemberName("ballot-deleted")] BallotDeleted,
    [JsonStringEnumMemberName("ballot-moved")] BallotMoved,
    [JsonStringEnumMemberName("ballot-opened")] BallotOpened,
    [JsonStringEnumMemberName("ballot-closed")] BallotClosed,
    [JsonStringEnumMemberName("ballot-hand-counted")] BallotHandCounted,
    [JsonStringEnumMemberName("box-unsealed")] BoxUnsealed,
    [JsonStringEnumMemberName("follow-up-created")] FollowUpCreated,
    [JsonStringEnumMemberName("shortfall-decided")] ShortfallDecided,
    [JsonStringEnumMemberName("grade-decided")] GradeDecided,
    [JsonStringEnumMemberName("counting-staff-designated")] CountingStaffDesignated,
    [JsonStringEnumMemberName("counting-staff-credential-reissued")] CountingStaffCredentialReissued,
    [JsonStringEnumMemberName("counting-staff-withdrawn")] CountingStaffWithdrawn,
    [JsonStringEnumMemberName("count-record-signed")] CountRecordSigned,
    [JsonStringEnumMemberName("notice-published")] NoticePublished,
    [JsonStringEnumMemberName("confirmation-requested")] ConfirmationRequested,
    [JsonStringEnumMemberName("confirmation-confirmed")] ConfirmationConfirmed,
    [JsonStringEnumMemberName("confirmation-declined")] ConfirmationDeclined,
    [JsonStringEnumMemberName("demo-seeded")] DemoSeeded,
    [JsonStringEnumMemberName("term-created")] TermCreated,
    [JsonStringEnumMemberName("term-register-imported")] TermRegisterImported,
    [JsonStringEnumMemberName("department-added")] DepartmentAdded,
    [JsonStringEnumMemberName("personal-credential-issued")] PersonalCredentialIssued,
    [JsonStringEnumMemberName("personal-credential-revoked")] PersonalCredentialRevoked,
    [JsonStringEnumMemberName("suggestion-submitted")] SuggestionSubmitted,
    [JsonStringEnumMemberName("suggestions-imported")] SuggestionsImported,
    [JsonStringEnumMemberName("suggestion-assigned")] SuggestionAssigned,
    [JsonStringEnumMemberName("suggestion-answered")] SuggestionAnswered,
    [JsonStringEnumMemberName("suggestion-rated")] SuggestionRated,
    [JsonStringEnumMemberName("proposal-received")] ProposalReceived,
    [JsonStringEnumMemberName("proposal-screened")] ProposalScreened,
    [JsonStringEnumMemberName("proposal-collection-changed")] ProposalCollectionChanged,
    [JsonStringEnumMemberName("candidate-list-created")] CandidateListCreated,
    [JsonStringEnumMemberName("projects-adopted")] ProjectsAdopted,
    [JsonStringEnumMemberName("project-planned")] ProjectPlanned,
    [JsonStringEnumMemberName("project-progress-reported")] ProjectProgressReported,
    [JsonStringEnumMemberName("project-inspected")] ProjectInspected,
    [JsonStringEnumMemberName("project-appraisal-created")] ProjectAppraisalCreated,
    [JsonStringEnumMemberName("project-grades-written")] ProjectGradesWritten,
}

/// <summary>
/// One entry of the audit record: when, who (credential, role, name), from which address, what, and about which
/// sitting and ballot. It never holds a choice.
/// </summary>
public sealed record AuditEntryView(
    long Id, DateTimeOffset At, ActorView Actor, string? Address, AuditAction Action, int? SittingId, int? BallotId, string Summary);

/// <summary>
/// The whole audit record checked link by link: how many entries were walked, the head (the last good entry's hash),
/// whether every link holds and, if not, the first problem.
/// </summary>
public sealed record AuditChainView(int Entries, string Head, bool Intact, AuditChainProblemView? Problem);

/// <summary>Where the chain first breaks: the entry, why (Chinese), and a stable code such as audit-chain-changed.</summary>
public sealed record AuditChainProblemView(long EntryId, string Reason, string Code);
