namespace PeoplesCongress.VotingServer.Hall;

public static class HallApi
{
    /// <summary>
    /// The server list and CORS for the other servers' origins: a tablet page loaded from one server signs in on
    /// another with its credential as a bearer token (no cookies), so the policy allows headers and methods but not
    /// credentials.
    /// </summary>
    public static IServiceCollection AddHall(this IServiceCollection services)
    {
        services.AddSingleton<VenueServers>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<VenueServers>((options, servers) => options.AddPolicy(VenueServers.CorsPolicy, policy => policy
                .WithOrigins([.. servers.Configured])
                .AllowAnyHeader()
                .AllowAnyMethod()));
        return services;
    }

    /// <summary>Public: a tablet asks for it at sign-in, before it has anything else.</summary>
    public static IEndpointRouteBuilder MapHall(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/servers", (HttpRequest request, VenueServers servers) => TypedResults.Ok(servers.For(request)));
        return app;
    }
}
