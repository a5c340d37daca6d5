using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace PeoplesCongress.VotingServer.Https;

public static class HttpsExtensions
{
    /// <summary>
    /// HTTPS endpoints use the venue's own server certificate, unless the standard Kestrel configuration names a
    /// default certificate (Kestrel:Certificates:Default) or an endpoint names its own, which then take its place.
    /// </summary>
    public static IServiceCollection AddVenueHttps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<VenueCertificates>();
        if (configuration.GetSection("Kestrel:Certificates:Default").Exists()) return services;
        services.AddOptions<KestrelServerOptions>().Configure<VenueCertificates>((kestrel, certificates) =>
            kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ServerCertificate = certificates.Server;
                // A socket that opens TLS and then stalls is dropped as soon as an idle plain one would be.
                https.HandshakeTimeout = TimeSpan.FromSeconds(5);
            }));
        return services;
    }

    /// <summary>The CA certificate and the page that helps install it; both public, since a tablet has no credential yet.</summary>
    public static IEndpointRouteBuilder MapVenueCa(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ca.crt", (VenueCertificates certificates) =>
            TypedResults.File(certificates.Authority.RawData, "application/x-x509-ca-cert", "venue-ca.crt"));
        app.MapGet("/ca", CaPage.Render);
        return app;
    }
}
