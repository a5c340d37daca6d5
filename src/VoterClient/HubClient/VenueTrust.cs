using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace PeoplesCongress.VoterClient;

/// <summary>
/// Trust in a venue server whose certificate is signed by the venue's own CA (the server's data/https/venue-ca.crt,
/// the one tablets install), without installing that CA on this machine. A certificate is accepted when the system
/// trusts it, or when its only fault is a chain this machine does not know and that chain ends at the venue CA;
/// a wrong name or any other fault is refused.
/// </summary>
public sealed class VenueTrust(X509Certificate2 authority)
{
    public X509Certificate2 Authority { get; } = authority;

    /// <summary>The venue CA from its PEM or DER file.</summary>
    public static VenueTrust FromFile(string caPath) => new(X509CertificateLoader.LoadCertificateFromFile(caPath));

    public bool Accepts(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null) return false;
        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server)
            && chain.ChainElements[^1].Certificate.RawDataMemory.Span.SequenceEqual(Authority.RawDataMemory.Span);
    }

    /// <summary>
    /// A handler for <see cref="HttpClient"/> that trusts the venue CA as <see cref="Accepts"/> says. It drops a
    /// connection idle for 5 s: the venue server closes one idle for 10 s (<c>Connections:KeepAliveTimeout</c>), and a
    /// request sent on a connection at the moment the server closes it fails with a broken pipe.
    /// </summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, errors) => Accepts(certificate, errors) },
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5),
    };
}
