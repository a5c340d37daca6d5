using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.VotingServer.Https;

namespace PeoplesCongress.VotingServer.Tests.Https;

public sealed class HttpsEndpointTests : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pc-https-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    [Fact]
    public async Task HttpsUsesTheVenueServerCertificateThatTabletsTrustThroughTheCa()
    {
        var app = await StartAsync();
        var certificates = app.Services.GetRequiredService<VenueCertificates>();
        X509Certificate2? presented = null;
        using var http = Trusting(certificates.Authority, c => presented = c);

        var page = await http.GetStringAsync(new Uri(new Uri(app.Urls.Single()), "ca"));

        Assert.Equal(certificates.Server.Thumbprint, presented?.Thumbprint);
        Assert.Contains($"{app.Urls.Single()}/tablet/", page);
    }

    [Fact]
    public async Task ConfiguredKestrelCertificateReplacesTheVenueOne()
    {
        Directory.CreateDirectory(folder);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var own = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = Path.Combine(folder, "own.pfx");
        await File.WriteAllBytesAsync(pfx, own.Export(X509ContentType.Pkcs12, "secret"));
        var app = await StartAsync($"--Kestrel:Certificates:Default:Path={pfx}", "--Kestrel:Certificates:Default:Password=secret");
        X509Certificate2? presented = null;
        using var http = Trusting(own, c => presented = c);

        await http.GetByteArrayAsync(new Uri(new Uri(app.Urls.Single()), "ca.crt"));

        Assert.Equal(own.Thumbprint, presented?.Thumbprint);
    }

    private async Task<WebApplication> StartAsync(params string[] args)
    {
        app = VenueApp.Build(["--urls=https://127.0.0.1:0", $"--Data:Directory={folder}", .. args]);
        await app.PrepareAsync();
        await app.StartAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>A client that trusts <paramref name="root"/> alone, as a tablet does once it has installed the venue CA.</summary>
    private static HttpClient Trusting(X509Certificate2 root, Action<X509Certificate2> seen) => new(new SocketsHttpHandler
    {
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                var server = X509CertificateLoader.LoadCertificate(certificate!.GetRawCertData());
                seen(server);
                return server.Thumbprint == root.Thumbprint || VenueCertificateAuthority.Chains(server, root, DateTimeOffset.UtcNow);
            },
        },
    });
}
