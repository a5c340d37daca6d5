using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Connections;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// Reads the credential code from "Authorization: Bearer …" or, for the hub's WebSocket request from a browser,
/// the access_token query parameter; checks it against the <see cref="CredentialDirectory"/>.
/// </summary>
public sealed class CredentialAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    CredentialDirectory directory, FailedAttempts attempts, RefusalLog refusals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Credential";
    private const string ErrorItem = "pc:auth-error";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = ReadPresentedCode();
        if (presented is null) return Task.FromResult(AuthenticateResult.NoResult());
        var address = Context.Connection.RemoteIpAddress;
        // A guessing address is refused before its code is looked at, its right codes too, until the window ends.
        CredentialEntry? entry = null;
        var error = attempts.MayTry(address)
            ? Check(CredentialCode.Normalize(presented), out entry)
            : VenueErrors.TooManyAttempts();
        if (error is not null)
        {
            if (error.Code == ErrorCodes.CredentialUnknown) attempts.Failed(address);
            refusals.Count(Context, error.Code);
            Context.Items[ErrorItem] = error;
            return Task.FromResult(AuthenticateResult.Fail(error.Code));
        }
        Context.Items[PresentedCode.Item] = CredentialCode.Normalize(presented);
        var principal = Caller.FromEntry(entry!).ToPrincipal(SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private VenueError? Check(string? code, out CredentialEntry? entry)
    {
        entry = code is null ? null : directory.FindByHash(CredentialCode.Hash(code));
        if (entry is null) return VenueErrors.CredentialUnknown();
        if (entry.Revoked) return VenueErrors.CredentialRevoked();
        if (entry.Role == Role.Deputy && entry.DeputyStatus != DeputyStatus.Current) return VenueErrors.DeputyNotCurrent();
        return null;
    }

    private string? ReadPresentedCode()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..];
        var query = HubRequests.Is(Context) ? Request.Query["access_token"].ToString() : "";
        return query.Length > 0 ? query : null;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[ErrorItem] is VenueError error) return WriteAsync(error);
        refusals.Count(Context, ErrorCodes.Unauthenticated);
        return WriteAsync(VenueErrors.Unauthenticated());
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => WriteAsync(VenueErrors.Forbidden());

    private Task WriteAsync(VenueError error) =>
        TypedResults.Problem(ErrorResponses.ToProblem(error)).ExecuteAsync(Context);
}

public static class CredentialAuthenticationExtensions
{
    /// <summary>Any staff role: presidium, secretariat or scrutineer.</summary>
    public const string StaffPolicy = "staff";

    /// <summary>Staff, and the deputies and departments of a term (which term is the endpoint's to check).</summary>
    public const string TermPolicy = "term";

    /// <summary>Lets only callers of <paramref name="role"/> reach the endpoints (a policy per role, by its wire name).</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(role.Wire());

    /// <summary>Lets callers of any of <paramref name="roles"/> reach the endpoints.</summary>
    public static TBuilder RequireAnyRole<TBuilder>(this TBuilder builder, params Role[] roles) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireRole(roles.Select(r => r.Wire())));

    public static IServiceCollection AddCredentials(this IServiceCollection services)
    {
        services.AddSingleton<HubSessions>();
        services.AddSingleton<FailedAttempts>();
        services.AddSingleton<CredentialDirectory>();
        services.AddSingleton<IStoreObserver>(sp => sp.GetRequiredService<CredentialDirectory>());
        services.AddSingleton<CredentialSessionFilter>();
        services.AddScoped<CredentialIssuer>();
        services.AddSingleton<BootstrapCredential>();
        services.AddAuthentication(CredentialAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CredentialAuthenticationHandler>(CredentialAuthenticationHandler.SchemeName, null);
        var policies = services.AddAuthorizationBuilder();
        foreach (var role in Roles.Staff.Concat([Role.Deputy, Role.TermDeputy, Role.Department])) policies.AddPolicy(role.Wire(), p => p.RequireRole(role.Wire()));
        policies.AddPolicy(StaffPolicy, p => p.RequireRole(Roles.Staff.Select(r => r.Wire())));
        policies.AddPolicy(TermPolicy, p => p.RequireRole(Roles.Staff.Concat([Role.TermDeputy, Role.Department]).Select(r => r.Wire())));
        return services;
    }
}
