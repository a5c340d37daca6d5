using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Caps the hub connections one credential holds at once, so that one deputy's code cannot take the places of the
/// others: over the cap the request is answered 429 <c>too-many-connections</c>. Runs after authentication; a request
/// without a valid credential passes on to be refused by authorization.
/// </summary>
public sealed class CredentialConnectionLimit(IOptions<ConnectionLimitOptions> options, RefusalLog refusals)
{
    private readonly KeyedCounter<int> byCredential = new();

    public int HeldBy(int credentialId) => byCredential[credentialId];

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        var caller = Caller.From(context.User);
        var credentialId = caller.CredentialId;
        // A personal credential may take a deputy's seat in a hall: it gets a deputy's cap.
        var limit = caller.Role is Role.Deputy or Role.TermDeputy
            ? options.Value.MaxHubConnectionsPerDeputy
            : options.Value.MaxHubConnectionsPerStaff;
        if (!byCredential.TryEnter(credentialId, limit))
        {
            var error = VenueErrors.TooManyConnections();
            refusals.Count(context, error.Code);
            context.Response.StatusCode = error.Status;
            await TypedResults.Problem(ErrorResponses.ToProblem(error)).ExecuteAsync(context);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            byCredential.Exit(credentialId);
        }
    }
}
