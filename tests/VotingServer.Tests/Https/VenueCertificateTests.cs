using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Https;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Https;

public sealed class VenueCertificateTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pc-certs-" + Guid.NewGuid().ToString("N"));

    private VenueCertificates Certificates() =>
        new(Options.Create(new DataOptions { Directory = folder }), TimeProvider.System, NullLogger<VenueCertificates>.Instance);

    [Fact]
    public void ServerCertificateNamesLocalhostAndLoopbackAndChainsToTheVenueCa()
    {
        var certificates = Certificates();
        certificates.Ensure();

        var names = certificates.Server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains("localhost", names.EnumerateDnsNames());
        Assert.Contains(Dns.GetHostName(), names.EnumerateDnsNames());
        Assert.Contains(IPAddress.Loopback, names.EnumerateIPAddresses());
        Assert.True(certificates.Server.HasPrivateKey);
        Assert.True(certificates.Authority.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.False(certificates.Authority.HasPrivateKey);
        Assert.True(VenueCertificateAuthority.Chains(certificates.Server, certificates.Authority, DateTimeOffset.UtcNow));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificates.AuthorityKeyPath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificates.ServerKeyPath));
        }
    }

    [Fact]
    public void ServerCertificateIsReissuedFromTheSameCaWhenTheMachineGainsAnAddress()
    {
        var hall = new MachineAddresses(["localhost", "venue"], [IPAddress.Loopback, IPAddress.Parse("192.168.10.2")]);
        var first = Certificates();
        first.Ensure(hall);
        var again = Certificates();
        again.Ensure(hall);
        Assert.Equal(first.Server.Thumbprint, again.Server.Thumbprint);

        var moved = hall with { IpAddresses = [.. hall.IpAddresses, IPAddress.Parse("10.20.30.40")] };
        var reissued = Certificates();
        reissued.Ensure(moved);

        Assert.Equal(first.Authority.Thumbprint, reissued.Authority.Thumbprint);
        Assert.NotEqual(first.Server.Thumbprint, reissued.Server.Thumbprint);
        Assert.True(moved.AreNamedBy(reissued.Server));
        Assert.True(VenueCertificateAuthority.Chains(reissued.Server, first.Authority, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task CaCertificateIsServedAndKeptAcrossRestarts()
    {
        await using var venue = await TestVenue.StartAsync();
        // Plain HTTP, as a tablet that does not trust the venue CA yet fetches it.
        using var http = new HttpClient { BaseAddress = venue.HttpUrl };
        var served = await http.GetByteArrayAsync("ca.crt");
        var page = await http.GetStringAsync("ca");
        await venue.StopAsync();
        await using var restarted = await TestVenue.RestartOnAsync(venue.DataDirectory);
        using var again = restarted.Http();

        Assert.Equal(served, await again.GetByteArrayAsync("ca.crt"));
        Assert.True(X509CertificateLoader.LoadCertificate(served).Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Contains($"http://{venue.HttpUrl.Authority}/ca.crt", page);
        Assert.Contains($"https://{venue.Url.Authority}/tablet/", page);
        Assert.Contains("data:image/png;base64,", page);
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
