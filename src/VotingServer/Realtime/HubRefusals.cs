using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Realtime;

/// <summary>
/// The error codes each hub method can answer with, for docs/hub-schema.json. Every method can also fail with
/// internal-error, and answers credential-revoked once the connection's credential has been revoked. A contract test makes real refusals and checks that they are listed here.
/// </summary>
public static class HubRefusals
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByMethod =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [VenueHubProtocol.GetState] = [ErrorCodes.Forbidden, ErrorCodes.PersonalCredentialNotAccepted, ErrorCodes.CredentialRevoked],
            [VenueHubProtocol.WatchSitting] = [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.CredentialRevoked],
            [VenueHubProtocol.Cast] =
            [
                ErrorCodes.Forbidden, ErrorCodes.PersonalCredentialNotAccepted, ErrorCodes.CredentialRevoked, ErrorCodes.DeputyNotCurrent, ErrorCodes.Malformed,
                ErrorCodes.BallotNotIssued, ErrorCodes.UnknownItem, ErrorCodes.TooManyMarks, ErrorCodes.NotFound,
                ErrorCodes.BallotNotOpen, ErrorCodes.AlreadyCast, ErrorCodes.StorageFull,
            ],
        };

    public static IReadOnlyList<string> Of(string method) =>
        [.. ByMethod.TryGetValue(method, out var codes)
            ? codes
            : throw new InvalidOperationException($"The hub method {method} has no entry in HubRefusals."),
            ErrorCodes.Internal];
}
