using System.Text.Json.Serialization;

namespace PeoplesCongress.Contracts;

/// <summary>Who runs the count of a sitting: the chief scrutineer (总监票人), scrutineers (监票人) and tellers (计票人).</summary>
[JsonConverter(typeof(WireEnumConverter<CountingRole>))]
public enum CountingRole
{
    [JsonStringEnumMemberName("chief-scrutineer")] ChiefScrutineer,
    [JsonStringEnumMemberName("scrutineer")] Scrutineer,
    [JsonStringEnumMemberName("teller")] Teller,
}

public static class CountingRoles
{
    /// <summary>Scrutineers sign the count record and get a credential for it; tellers are named on the record.</summary>
    public static bool Signs(this CountingRole role) => role is CountingRole.ChiefScrutineer or CountingRole.Scrutineer;

    /// <summary>The role's title on the count record and the notice.</summary>
    public static string Title(this CountingRole role) => role switch
    {
        CountingRole.ChiefScrutineer => "总监票人",
        CountingRole.Scrutineer => "监票人",
        _ => "计票人",
    };
}

public sealed record AddCountingStaffRequest(string Name, CountingRole Role);

public sealed record CountingStaffView(int Id, string Name, CountingRole Role);

/// <summary>A designated scrutineer comes with the credential they sign with (shown once); a teller without.</summary>
public sealed record CountingStaffAdded(CountingStaffView Staff, IssuedCredential? Credential);

/// <summary>A sitting whose count the calling scrutineer was designated to watch and sign, and in which role.</summary>
public sealed record CountingAssignmentView(SittingView Sitting, CountingStaffView Staff);

/// <summary>
/// A scrutineer's signature on a count record: who, when, and with which key. <see cref="Signature"/> is the ECDSA
/// P-256 signature (base64, IEEE P1363) over the stored count record's UTF-8 bytes, <see cref="SigningKey"/> the
/// public key that made it (base64 SubjectPublicKeyInfo, derived from the card) and <see cref="KeyFingerprint"/> its
/// SHA-256 (64 hex; shown as its first 16 in groups of four). A reissued card signs with another key. All three
/// are null for a signature given before signatures were made with keys (it covered the record's SHA-256 only).
/// </summary>
public sealed record SignatureView(
    int StaffId, string Name, CountingRole Role, DateTimeOffset SignedAt,
    string? KeyFingerprint = null, string? Signature = null, string? SigningKey = null);

/// <summary>
/// The count record (计票记录) of a closed ballot: the certified result, the SHA-256 of its stored form that each
/// signature covers, who has signed and who is still awaited, the notice number once published, and the acts the
/// presidium confirmed that bear on this ballot (a hand count, a deputy's credential reissued or signed in by hand while
/// it was open, a scrutineer's credential reissued). <see cref="AuditHead"/> is the audit chain's head when the ballot
/// was counted (the hash of its closing entry; GET /api/audit/verify walks the chain); null for ballots counted before
/// the record was chained.
/// </summary>
public sealed record CountRecordView(
    BallotResultView Result, string RecordSha256, IReadOnlyList<SignatureView> Signatures,
    IReadOnlyList<string> AwaitingSignatures, bool Complete, int? NoticeNumber, IReadOnlyList<ConfirmationView> ConfirmedActs,
    string? AuditHead = null);

/// <summary>
/// A published notice (公告 第N号), numbered per sitting, and where to download it; <see cref="BundleUrl"/> is its
/// publication bundle (公告数据包) for the offline verifier. <see cref="ServerSignature"/> is the venue server's ECDSA
/// P-256 signature (base64, IEEE P1363) over the JSON download's bytes (GET /api/server-key gives the key); null for
/// notices published before notices were signed.
/// </summary>
public sealed record NoticeView(
    int SittingId, int Number, int BallotId, string Title, DateTimeOffset PublishedAt, string Sha256,
    string JsonUrl, string PdfUrl, string XlsxUrl, string BundleUrl, string? ServerSignature = null);

/// <summary>
/// The venue server's signing key, public: <see cref="PublicKey"/> is base64 of its DER SubjectPublicKeyInfo (ECDSA
/// P-256), <see cref="Fingerprint"/> its SHA-256 in lowercase hex, as printed on the credential sheet and every notice.
/// </summary>
public sealed record ServerKeyView(string PublicKey, string Fingerprint);

/// <summary>
/// What a notice says, exactly as published; the JSON download is this record. <see cref="Issuer"/> is the 落款
/// (大会主席团 unless the venue names another); notices published before it was recorded show the default.
/// <see cref="AuditHead"/> is the audit chain's head at the count and <see cref="BoxRoot"/> the box commitment, as on
/// the signed count record. <see cref="ServerKeyFingerprint"/> is the fingerprint of the server key that signs this
/// document (inside the signed bytes, so the notice names its signer); null for notices published before.
/// </summary>
public sealed record NoticeDocument(
    int SittingId, string SittingName, int Number, string Heading, DateTimeOffset PublishedAt,
    BallotResultView Result, IReadOnlyList<SignatureView> Signatures, IReadOnlyList<string> Tellers, string RecordSha256,
    IReadOnlyList<ConfirmationView>? ConfirmedActs = null, string? Issuer = null, string? AuditHead = null,
    string? BoxRoot = null, string? ServerKeyFingerprint = null);

/// <summary>
/// Hand-counted totals of a paper vote (人工计票). Select-up-to-N: each item's "for" count and the invalid ballots.
/// Every other kind: each item's count per option plus its invalid marks, adding up to the ballots returned.
/// </summary>
public sealed record HandCountRequest(
    int Issued, int Returned, IReadOnlyList<HandCountItem> Items, int InvalidBallots = 0, string? Note = null);

public sealed record HandCountItem(int ItemId, IReadOnlyDictionary<string, int> Counts, int Invalid = 0);

/// <summary>
/// The notice a count record would be published as now, for the secretariat to read before publishing: the number it
/// would get and its text as the PDF sets it (title, opening, result, table, certification lines, 落款), and the
/// certification block (<see cref="Checks"/>: box root, audit head, server key and scrutineers' key fingerprints).
/// </summary>
public sealed record NoticePreviewView(
    int BallotId, int Number, string SittingName, string Heading, string Opening, string Result,
    IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Certification,
    string Issuer, string Date, IReadOnlyList<string>? Checks = null);
