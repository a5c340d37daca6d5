using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Kestrel's own limits from <see cref="ConnectionLimitOptions"/>: how many sockets it accepts at once (plain and
/// upgraded apart), how soon it drops a socket that sends no request or sends it too slowly, and the
/// <see cref="SocketLimit"/> on every endpoint.
/// </summary>
public static partial class KestrelLimits
{
    /// <summary>Sockets an ended hub request may still hold while they close; taken from the headroom.</summary>
    public const int UpgradeSlack = 16;

    public static IServiceCollection AddKestrelLimits(this IServiceCollection services)
    {
        services.AddSingleton<SocketLimit>();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ConnectionLimitOptions>, SocketLimit>(
            (kestrel, options, sockets) =>
            {
                var settings = options.Value;
                var budget = settings.Budget;
                // Kestrel counts plain connections here and upgraded ones apart; the socket limit counts both together.
                kestrel.Limits.MaxConcurrentConnections = budget.Connections;
                // The hub middleware refuses first, with its code; Kestrel's cap, a little above, only backs it up, since a
                // socket outlives its request by a moment and Kestrel would answer a refused upgrade with a bare 500.
                kestrel.Limits.MaxConcurrentUpgradedConnections = (long)budget.Hub + UpgradeSlack;
                kestrel.Limits.RequestHeadersTimeout = settings.RequestHeadersTimeout;
                kestrel.Limits.KeepAliveTimeout = settings.KeepAliveTimeout;
                kestrel.Limits.MinRequestBodyDataRate =
                    new MinDataRate(settings.MinRequestBodyBytesPerSecond, settings.MinRequestBodyGracePeriod);
                kestrel.ConfigureEndpointDefaults(listen => listen.Use(sockets.Wrap));
            });
        return services;
    }

    /// <summary>Logs the limits in force once, at start, so that an operator can see what the open-file limit allowed.</summary>
    public static IApplicationBuilder LogConnectionLimits(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ConnectionLimitOptions>>().Value;
        var budget = options.Budget;
        LogLimits(app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KestrelLimits)),
            ConnectionLimitOptions.OpenFileLimit(), budget.Connections, budget.Hub, budget.PerAddress, budget.HubPerAddress);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Open-file limit {Files}: up to {Connections} connections, {Hub} of them hub connections; per client address "
        + "{PerAddress} connections, {HubPerAddress} of them hub connections")]
    private static partial void LogLimits(
        ILogger logger, long? files, int connections, int hub, int perAddress, int hubPerAddress);
}
