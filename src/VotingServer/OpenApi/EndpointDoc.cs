using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.OpenApi;

/// <summary>
/// What the OpenAPI document says of one endpoint: its summary, who may call it (null: anyone, no credential) and the
/// errors its handler and services can give besides those of the credential check, as (HTTP status, stable code).
/// </summary>
public sealed record EndpointDoc(string Summary, string? Who, params Refusal[] Errors)
{
    /// <summary>The media type of a success body that is not JSON of a declared type, such as a PDF or a page.</summary>
    public string? Returns { get; init; }

    /// <summary>The media types of a request body that is a file rather than JSON.</summary>
    public IReadOnlyList<string>? AcceptsFile { get; init; }

    /// <summary>The errors of the credential check, which every endpoint that needs a credential can give.</summary>
    private static readonly Refusal[] CredentialCheck =
    [
        new(401, ErrorCodes.Unauthenticated), new(401, ErrorCodes.CredentialUnknown), new(401, ErrorCodes.CredentialRevoked),
        new(403, ErrorCodes.DeputyNotCurrent), new(403, ErrorCodes.Forbidden), new(429, ErrorCodes.TooManyAttempts),
    ];

    /// <summary>The entry of an endpoint that writes, which a full disk can refuse.</summary>
    public EndpointDoc Writing() => this with { Errors = [.. Errors, Refusal.StorageFull] };

    public IEnumerable<Refusal> AllErrors => (Who is null ? Errors : [.. CredentialCheck, .. Errors]).Distinct();
}

/// <summary>One error an endpoint can answer with: the HTTP status and the <see cref="ErrorCodes"/> value in the body.</summary>
public sealed record Refusal(int Status, string Code)
{
    public static readonly Refusal NotFound = new(404, ErrorCodes.NotFound);
    public static readonly Refusal Invalid = new(400, ErrorCodes.Invalid);
    public static readonly Refusal Forbidden = new(403, ErrorCodes.Forbidden);
    public static readonly Refusal NotClosed = new(409, ErrorCodes.BallotNotClosed);
    public static readonly Refusal NoDecisionNeeded = new(409, ErrorCodes.NoDecisionNeeded);

    /// <summary>A rule the database keeps unique refused a write that raced another (one round, one notice number…).</summary>
    public static readonly Refusal Conflict = new(409, ErrorCodes.Conflict);

    /// <summary>The disk holding the database is full: nothing was saved.</summary>
    public static readonly Refusal StorageFull = new(507, ErrorCodes.StorageFull);

    /// <summary>The body of a request over its endpoint's size limit.</summary>
    public static readonly Refusal TooLarge = new(413, ErrorCodes.Invalid);

    /// <summary>A JSON body that cannot be read (400), is too large (413) or is not sent as application/json (415).</summary>
    public static readonly Refusal[] UnreadableBody = [Invalid, TooLarge, new(415, ErrorCodes.Invalid)];
}
