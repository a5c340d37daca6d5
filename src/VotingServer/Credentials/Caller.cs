using System.Security.Claims;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>Who is calling, as the credential handler put it into the claims.</summary>
public sealed record Caller(int CredentialId, Role Role, string Name, int? DeputyId, int? SittingId, string? DeputyNumber)
{
    private const string CredentialClaim = "pc:credential";
    private const string DeputyClaim = "pc:deputy";
    private const string SittingClaim = "pc:sitting";
    private const string NumberClaim = "pc:number";

    public bool IsStaff => Role.IsStaff();

    /// <summary>Staff watch any sitting; a big screen's viewer credential watches its own.</summary>
    public bool CanWatch(int sittingId) => IsStaff || (Role == Role.Viewer && SittingId == sittingId);

    public IdentityView ToView() => new(Role, Name, DeputyNumber, SittingId);

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim>
        {
            new(CredentialClaim, CredentialId.ToString()), new(ClaimTypes.Role, Role.Wire()), new(ClaimTypes.Name, Name),
        };
        if (DeputyId is { } deputy) claims.Add(new(DeputyClaim, deputy.ToString()));
        if (SittingId is { } sitting) claims.Add(new(SittingClaim, sitting.ToString()));
        if (DeputyNumber is { } number) claims.Add(new(NumberClaim, number));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static Caller From(ClaimsPrincipal? user) => new(
        CredentialIdOf(user), WireNames.Parse<Role>(user!.FindFirst(ClaimTypes.Role)!.Value), user.FindFirst(ClaimTypes.Name)!.Value,
        ParseOrNull(user.FindFirst(DeputyClaim)), ParseOrNull(user.FindFirst(SittingClaim)), user.FindFirst(NumberClaim)?.Value);

    /// <summary>Only the credential behind the claims, for a check made on every hub call.</summary>
    public static int CredentialIdOf(ClaimsPrincipal? user) =>
        user?.FindFirst(CredentialClaim) is { } credential ? int.Parse(credential.Value) : throw VenueErrors.Unauthenticated();

    public static Caller FromEntry(CredentialEntry entry) =>
        new(entry.CredentialId, entry.Role, entry.Name, entry.DeputyId, entry.SittingId, entry.DeputyNumber);

    /// <summary>A deputy's caller, or the forbidden error for anyone else.</summary>
    public (int DeputyId, int SittingId) RequireDeputy() =>
        Role == Role.Deputy && DeputyId is { } d && SittingId is { } s ? (d, s) : throw VenueErrors.Forbidden();

    private static int? ParseOrNull(Claim? claim) => claim is null ? null : int.Parse(claim.Value);
}
