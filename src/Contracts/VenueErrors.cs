namespace PeoplesCongress.Contracts;

/// <summary>Stable error codes. Programs branch on these; people read the Chinese message beside them.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "unauthenticated";
    public const string CredentialUnknown = "credential-unknown";
    public const string CredentialRevoked = "credential-revoked";
    public const string DeputyNotCurrent = "deputy-not-current";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not-found";
    public const string Invalid = "invalid-request";
    public const string RosterInvalid = "roster-invalid";
    public const string RosterLocked = "roster-locked";
    public const string SittingSettingsLocked = "sitting-settings-locked";
    public const string PersonalCredentialNotAccepted = "personal-credential-not-accepted";
    public const string SignInNotUndoable = "sign-in-not-undoable";
    public const string QuorumNotMet = "quorum-not-met";
    public const string BallotNotDraft = "ballot-not-draft";
    public const string BallotNotOpen = "ballot-not-open";
    public const string BallotNotIssued = "ballot-not-issued";
    public const string AlreadyCast = "already-cast";
    public const string UnknownItem = "unknown-item";
    public const string TooManyMarks = "too-many-marks";
    public const string Malformed = "malformed";
    public const string NamedNotAllowed = "named-not-allowed";
    public const string NoDecisionNeeded = "no-decision-needed";
    public const string BallotNotClosed = "ballot-not-closed";
    public const string SignaturesMissing = "signatures-missing";
    public const string AlreadyPublished = "already-published";
    public const string AlreadySigned = "already-signed";
    public const string SigningKeyNotRegistered = "signing-key-not-registered";
    public const string Conflict = "conflict";
    public const string ConfirmationRequired = "confirmation-required";
    public const string AlreadyRequested = "already-requested";
    public const string AlreadyDecided = "already-decided";
    public const string Internal = "internal-error";
    public const string ServerFull = "server-full";
    public const string HttpsRequired = "https-required";
    public const string StorageFull = "storage-full";
    public const string TooManyConnections = "too-many-connections";
    public const string TooManyAttempts = "too-many-attempts";
    public const string NoScrutineerKeys = "no-scrutineer-keys";
    public const string BoxSealed = "box-sealed";
    public const string UnsealRefused = "unseal-refused";
    public const string SuggestionState = "suggestion-state";
    public const string SuggestionsInvalid = "suggestions-invalid";
    public const string TooManyRequests = "too-many-requests";
    public const string ProjectState = "project-state";
    public const string ProposalsInvalid = "proposals-invalid";
}

/// <summary>
/// How an error travels in a hub invocation: the HubException message contains "[code] 中文说明" (SignalR
/// clients put their own words before it, so look for the first "[").
/// Over HTTP the same pair is a ProblemDetails with an extension member "code".
/// </summary>
public static class HubErrorFormat
{
    public static string Format(string code, string message) => $"[{code}] {message}";

    public static bool TryParse(string text, out string code, out string message)
    {
        code = message = "";
        var end = text.IndexOf("] ", StringComparison.Ordinal);
        var start = text.IndexOf('[');
        if (start < 0 || end < start) return false;
        code = text[(start + 1)..end];
        message = text[(end + 2)..];
        return code.Length > 0;
    }
}
