namespace PeoplesCongress.Contracts;

/// <summary>Who runs the count of a sitting: the chief scrutineer (总监票人), scrutineers (监票人) and tellers (计票人).</summary>
public static class CountingRoles
{
    public const string ChiefScrutineer = "chief-scrutineer";
    public const string Scrutineer = "scrutineer";
    public const string Teller = "teller";

    public static readonly IReadOnlyList<string> All = [ChiefScrutineer, Scrutineer, Teller];

    /// <summary>Scrutineers sign the count record and get a credential for it; tellers are named on the record.</summary>
    public static bool Signs(string role) => role is ChiefScrutineer or Scrutineer;
}

public sealed record AddCountingStaffRequest(string Name, string Role);

public sealed record CountingStaffView(int Id, string Name, string Role);

/// <summary>A designated scrutineer comes with the credential they sign with (shown once); a teller without.</summary>
public sealed record CountingStaffAdded(CountingStaffView Staff, IssuedCredential? Credential);

/// <summary>A sitting whose count the calling scrutineer was designated to watch and sign, and in which role.</summary>
public sealed record CountingAssignmentView(SittingView Sitting, CountingStaffView Staff);

public sealed record SignatureView(int StaffId, string Name, string Role, DateTimeOffset SignedAt);

/// <summary>
/// The count record (计票记录) of a closed ballot: the certified result, the SHA-256 of its stored form that each
/// signature covers, who has signed and who is still awaited, and the notice number once published.
/// </summary>
public sealed record CountRecordView(
    BallotResultView Result, string RecordSha256, IReadOnlyList<SignatureView> Signatures,
    IReadOnlyList<string> AwaitingSignatures, bool Complete, int? NoticeNumber);

/// <summary>A published notice (公告 第N号), numbered per sitting, and where to download it.</summary>
public sealed record NoticeView(
    int SittingId, int Number, int BallotId, string Title, DateTimeOffset PublishedAt, string Sha256,
    string JsonUrl, string PdfUrl, string XlsxUrl);

/// <summary>What a notice says, exactly as published; the JSON download is this record.</summary>
public sealed record NoticeDocument(
    int SittingId, string SittingName, int Number, string Heading, DateTimeOffset PublishedAt,
    BallotResultView Result, IReadOnlyList<SignatureView> Signatures, IReadOnlyList<string> Tellers, string RecordSha256);

/// <summary>
/// Hand-counted totals of a paper vote (人工计票). Select-up-to-N: each item's "for" count and the invalid ballots.
/// Every other kind: each item's count per option plus its invalid marks, adding up to the ballots returned.
/// </summary>
public sealed record HandCountRequest(
    int Issued, int Returned, IReadOnlyList<HandCountItem> Items, int InvalidBallots = 0, string? Note = null);

public sealed record HandCountItem(int ItemId, IReadOnlyDictionary<string, int> Counts, int Invalid = 0);
