using System.Security.Claims;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>Who is calling, as the credential handler found it (kept in the principal, <see cref="CallerPrincipal"/>).</summary>
public sealed record Caller(
    int CredentialId, Role Role, string Name, int? DeputyId, int? SittingId, string? DeputyNumber,
    int? TermId = null, int? TermDeputyId = null, int? DepartmentId = null)
{
    public bool IsStaff => Role.IsStaff();

    /// <summary>Staff watch any sitting; a big screen's viewer credential watches its own.</summary>
    public bool CanWatch(int sittingId) => IsStaff || (Role == Role.Viewer && SittingId == sittingId);

    public IdentityView ToView() => new(Role, Name, DeputyNumber, SittingId, TermId);

    /// <summary>
    /// The principal for ASP.NET Core: the role as its one claim for the policies (<c>RequireRole</c>), the name, and
    /// this caller beside them, read by the hub and the endpoints without parsing claims again.
    /// </summary>
    public ClaimsPrincipal ToPrincipal(string scheme) =>
        new CallerPrincipal(this, new ClaimsIdentity([new(ClaimTypes.Role, Role.Wire()), new(ClaimTypes.Name, Name)], scheme));

    /// <summary>The authenticated caller; unauthenticated for anyone else.</summary>
    public static Caller From(ClaimsPrincipal? user) =>
        user is CallerPrincipal { Caller: var caller } ? caller : throw VenueErrors.Unauthenticated();

    public static Caller FromEntry(CredentialEntry entry) =>
        new(entry.CredentialId, entry.Role, entry.Name, entry.DeputyId, entry.SittingId, entry.DeputyNumber,
            entry.TermId, entry.TermDeputyId, entry.DepartmentId);

    /// <summary>A deputy's caller, or the forbidden error for anyone else.</summary>
    public (int DeputyId, int SittingId) RequireDeputy() =>
        Role == Role.Deputy && DeputyId is { } d && SittingId is { } s ? (d, s) : throw VenueErrors.Forbidden();
}

/// <summary>
/// The principal the credential handler makes: the claims ASP.NET Core's authorization reads (role and name), and
/// the <see cref="Caller"/> they were made from, kept for the connection's whole life as one object, so that a hub
/// call (every cast) reads no claims.
/// </summary>
public sealed class CallerPrincipal(Caller caller, ClaimsIdentity identity) : ClaimsPrincipal(identity)
{
    public Caller Caller { get; } = caller;
}
