using Microsoft.Extensions.Options;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Errors;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Counts the requests open on the hub path (for a WebSocket tablet, its whole connection) and answers one over
/// the limit with 503 <c>server-full</c> before it costs anything more, so the server refuses what it cannot
/// serve instead of running out of sockets. A burst of refusals is logged once, when it starts and when it ends.
/// </summary>
public sealed partial class HubConnectionLimit(IOptions<ConnectionLimitOptions> options, ILogger<HubConnectionLimit> logger)
{
    private readonly int limit = options.Value.EffectiveLimit;
    private int active;
    private int refusedInBurst;

    public int Limit => limit;
    public int Active => Volatile.Read(ref active);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Interlocked.Increment(ref active) > limit)
        {
            Interlocked.Decrement(ref active);
            if (Interlocked.Increment(ref refusedInBurst) == 1) LogFull(limit);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await TypedResults.Problem(ErrorResponses.ToProblem(VenueErrors.ServerFull())).ExecuteAsync(context);
            return;
        }
        var refused = Interlocked.Exchange(ref refusedInBurst, 0);
        if (refused > 0) LogAcceptingAgain(refused);
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref active);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub connections are limited to {Limit}")]
    public partial void LogLimit(int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "All {Limit} hub connections are in use: refusing new ones with server-full")]
    private partial void LogFull(int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accepting hub connections again after refusing {Refused}")]
    private partial void LogAcceptingAgain(int refused);
}

public static class HubConnectionLimitExtensions
{
    public static IServiceCollection AddHubConnectionLimit(this IServiceCollection services)
    {
        services.AddOptions<ConnectionLimitOptions>().BindConfiguration(ConnectionLimitOptions.Section);
        services.AddSingleton<HubConnectionLimit>();
        return services;
    }

    public static IApplicationBuilder UseHubConnectionLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<HubConnectionLimit>();
        limit.LogLimit(limit.Limit);
        return app.UseWhen(c => c.Request.Path.StartsWithSegments(VenueHubProtocol.Path), hub => hub.Use(limit.InvokeAsync));
    }
}
