using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace PeoplesCongress.VotingServer.Cluster;

/// <summary>
/// Several venue servers in one hall, over one Redis (`Redis:Connection`): SignalR's Redis backplane, so that a push
/// made on one server reaches the tablets and pages connected to every server, and the box key exchange
/// (<see cref="PeerKeyExchange"/>). Without `Redis:Connection` the server runs alone and neither is added.
/// </summary>
public static class ClusterExtensions
{
    public static IServiceCollection AddVenueCluster(this IServiceCollection services, ISignalRServerBuilder signalR, IConfiguration configuration)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section);
        var cluster = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        if (!cluster.Enabled) return services;
        signalR.AddStackExchangeRedis(cluster.Connection, o =>
        {
            o.Configuration.ChannelPrefix = RedisChannel.Literal(ClusterOptions.ChannelPrefix);
            o.Configuration.AbortOnConnectFail = false;
        });
        services.AddSingleton<PeerKeyExchange>();
        services.AddHostedService(sp => sp.GetRequiredService<PeerKeyExchange>());
        return services;
    }
}
