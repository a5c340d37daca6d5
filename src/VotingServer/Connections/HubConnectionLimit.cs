using System.Net;
using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Realtime;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Counts the requests open on the hub path (for a WebSocket tablet, its whole connection), in all and per client
/// address, and refuses one over a limit before it costs anything more: 503 <c>server-full</c> when the server holds
/// all it can, 429 <c>too-many-connections</c> when that address holds its share. Once the server is stopping, every
/// new one is refused (503): SignalR closes the open connections first, and a tablet that came straight back would
/// hold the shutdown for its whole timeout instead of moving to another server of the hall.
/// </summary>
public sealed class HubConnectionLimit(IOptions<ConnectionLimitOptions> options, RefusalLog refusals, IHostApplicationLifetime lifetime)
{
    private readonly int limit = options.Value.Budget.Hub;
    private readonly int perAddress = options.Value.Budget.HubPerAddress;
    private readonly KeyedCounter<IPAddress> byAddress = new();
    private int active;

    public int Limit => limit;
    public int Active => Volatile.Read(ref active);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            await RefuseAsync(context, VenueErrors.ShuttingDown());
            return;
        }
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (Interlocked.Increment(ref active) > limit)
        {
            Interlocked.Decrement(ref active);
            await RefuseAsync(context, VenueErrors.ServerFull());
            return;
        }
        if (!byAddress.TryEnter(address, perAddress))
        {
            Interlocked.Decrement(ref active);
            await RefuseAsync(context, VenueErrors.TooManyConnections());
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            byAddress.Exit(address);
            Interlocked.Decrement(ref active);
        }
    }

    private Task RefuseAsync(HttpContext context, VenueError error)
    {
        refusals.Count(context, error.Code);
        context.Response.StatusCode = error.Status;
        return TypedResults.Problem(ErrorResponses.ToProblem(error)).ExecuteAsync(context);
    }
}

public static class HubConnectionLimitExtensions
{
    public static IServiceCollection AddConnectionLimits(this IServiceCollection services)
    {
        services.AddOptions<ConnectionLimitOptions>().BindConfiguration(ConnectionLimitOptions.Section);
        services.AddSingleton<RefusalLog>();
        services.AddHostedService(sp => sp.GetRequiredService<RefusalLog>());
        services.AddHostedService<RejectedConnections>();
        services.AddSingleton<HubConnectionLimit>();
        services.AddSingleton<CredentialConnectionLimit>();
        return services.AddKestrelLimits();
    }

    /// <summary>Before authentication: the server-wide and per-address caps, which need no credential.</summary>
    public static IApplicationBuilder UseHubConnectionLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<HubConnectionLimit>();
        return app.LogConnectionLimits().UseWhen(HubRequests.Is, hub => hub.Use(limit.InvokeAsync));
    }

    /// <summary>After authentication: the per-credential cap.</summary>
    public static IApplicationBuilder UseCredentialConnectionLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<CredentialConnectionLimit>();
        return app.UseWhen(HubRequests.Is, hub => hub.Use(limit.InvokeAsync));
    }

}
