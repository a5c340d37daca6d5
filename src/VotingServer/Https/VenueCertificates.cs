using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Https;

/// <summary>
/// The venue CA and the server certificate, kept as PEM files in the data folder's https/ folder. The CA is made
/// on the first start and then kept, since every tablet has installed it; the server certificate is re-issued
/// from it whenever the machine has a name or address the certificate does not cover, or it nears its end.
/// </summary>
public sealed partial class VenueCertificates(IOptions<DataOptions> data, TimeProvider clock, ILogger<VenueCertificates> logger)
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(30);

    private string Folder => Path.Combine(data.Value.FullDirectory, "https");
    public string AuthorityPath => Path.Combine(Folder, "venue-ca.crt");
    public string AuthorityKeyPath => Path.Combine(Folder, "venue-ca.key");
    public string ServerPath => Path.Combine(Folder, "server.crt");
    public string ServerKeyPath => Path.Combine(Folder, "server.key");

    /// <summary>The CA's public certificate (no key), as tablets install it.</summary>
    public X509Certificate2 Authority { get; private set; } = null!;

    /// <summary>The server certificate with its key, for Kestrel.</summary>
    public X509Certificate2 Server { get; private set; } = null!;

    public void Ensure() => Ensure(MachineAddresses.Current());

    public void Ensure(MachineAddresses addresses)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        using var authority = LoadOrCreateAuthority(now);
        Authority = X509CertificateLoader.LoadCertificate(authority.RawData);
        var server = File.Exists(ServerPath) && File.Exists(ServerKeyPath) ? X509Certificate2.CreateFromPemFile(ServerPath, ServerKeyPath) : null;
        if (server is null || !addresses.AreNamedBy(server) || server.NotAfter - now.UtcDateTime < RenewBefore
            || !VenueCertificateAuthority.Chains(server, Authority, now))
        {
            server?.Dispose();
            server = VenueCertificateAuthority.IssueServer(authority, addresses, now);
            Save(server, ServerPath, ServerKeyPath);
            LogServerIssued(string.Join(", ", addresses.DnsNames.Concat(addresses.IpAddresses.Select(a => a.ToString()))));
        }
        // Exported and loaded again so that the key is usable by SslStream on every platform.
        using (server) Server = X509CertificateLoader.LoadPkcs12(server.Export(X509ContentType.Pkcs12), null);
    }

    private X509Certificate2 LoadOrCreateAuthority(DateTimeOffset now)
    {
        if (File.Exists(AuthorityPath) && File.Exists(AuthorityKeyPath)) return X509Certificate2.CreateFromPemFile(AuthorityPath, AuthorityKeyPath);
        var authority = VenueCertificateAuthority.CreateAuthority(Dns.GetHostName(), now);
        Save(authority, AuthorityPath, AuthorityKeyPath);
        LogAuthorityCreated(AuthorityPath);
        return authority;
    }

    private static void Save(X509Certificate2 certificate, string certificatePath, string keyPath)
    {
        using var key = certificate.GetECDsaPrivateKey()!;
        WritePrivate(keyPath, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
    }

    /// <summary>Creates the file readable by the server's own user only, before any key byte is in it.</summary>
    private static void WritePrivate(string path, string text)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(text);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the venue certificate authority {Path}: install it on every tablet (GET /ca)")]
    private partial void LogAuthorityCreated(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued the server certificate for {Addresses}")]
    private partial void LogServerIssued(string addresses);
}
