using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PeoplesCongress.VotingServer.Https;

/// <summary>
/// Makes the venue's own certificate authority and the server certificates it signs. A hall has no internet, so
/// no public CA can vouch for a LAN address; each tablet installs this CA once instead.
/// </summary>
public static class VenueCertificateAuthority
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromDays(1);

    /// <summary>Server certificates stay within the 825 days that iPadOS accepts even from a CA a user installed.</summary>
    public static readonly TimeSpan ServerLifetime = TimeSpan.FromDays(397);

    public static X509Certificate2 CreateAuthority(string hostName, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName($"人大电子表决会场根证书 {hostName} {now:yyyy-MM-dd}");
        subject.AddOrganizationName("PeoplesCongress");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(now - ClockSkew, now.AddYears(20));
    }

    /// <summary>A TLS server certificate for <paramref name="addresses"/>, signed by <paramref name="authority"/> (which must hold its key).</summary>
    public static X509Certificate2 IssueServer(X509Certificate2 authority, MachineAddresses addresses, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(addresses.DnsNames.Last());
        subject.AddOrganizationName("PeoplesCongress");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(addresses.ToSubjectAlternativeNames().Build());
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var notAfter = Min(now + ServerLifetime, authority.NotAfter);
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(authority, now - ClockSkew, notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>Whether <paramref name="server"/> was signed by <paramref name="authority"/>, as a tablet that installed it would check.</summary>
    public static bool Chains(X509Certificate2 server, X509Certificate2 authority, DateTimeOffset now)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        return chain.Build(server) && chain.ChainElements[^1].Certificate.Thumbprint == authority.Thumbprint;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTime b) => a < b ? a : new DateTimeOffset(b);
}
