using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace PeoplesCongress.VotingServer.Https;

/// <summary>The names and addresses by which tablets may reach this machine: what the server certificate must name.</summary>
public sealed record MachineAddresses(IReadOnlyList<string> DnsNames, IReadOnlyList<IPAddress> IpAddresses)
{
    /// <summary>localhost, 127.0.0.1, ::1, the host name and every non-loopback address of an interface that is up.</summary>
    public static MachineAddresses Current()
    {
        var names = new[] { "localhost", Dns.GetHostName() }.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var addresses = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            // A link-local IPv6 address only works with its interface's scope, which a URL on a tablet cannot carry.
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal && a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
            .Prepend(IPAddress.IPv6Loopback).Prepend(IPAddress.Loopback)
            .Distinct()
            .ToList();
        return new MachineAddresses(names, addresses);
    }

    /// <summary>
    /// Where people can reach a listening URL: itself, or for a wildcard host (0.0.0.0, [::], * or +) this
    /// machine's IPv4 addresses other than loopback, the ones a tablet on the hall's network types in; localhost
    /// where the machine has none.
    /// </summary>
    public IReadOnlyList<string> Reach(string listening)
    {
        var (scheme, host, port) = Split(listening);
        if (!IsWildcard(host)) return [listening.TrimEnd('/')];
        var lan = IpAddresses.Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)).Select(a => a.ToString()).ToList();
        return [.. (lan.Count > 0 ? lan : ["localhost"]).Select(h => Join(scheme, h, port))];
    }

    /// <summary>A listening URL on this machine itself: a wildcard host becomes localhost.</summary>
    public static string Local(string listening)
    {
        var (scheme, host, port) = Split(listening);
        return IsWildcard(host) ? Join(scheme, "localhost", port) : listening.TrimEnd('/');
    }

    private static bool IsWildcard(string host) => host is "0.0.0.0" or "[::]" or "*" or "+";

    private static string Join(string scheme, string host, string port) => port.Length > 0 ? $"{scheme}://{host}:{port}" : $"{scheme}://{host}";

    // Kestrel's wildcard forms (* and +) are not valid URI hosts, so the URL is split by hand.
    private static (string Scheme, string Host, string Port) Split(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var rest = url[(schemeEnd + 3)..].TrimEnd('/');
        var portStart = rest.LastIndexOf(':');
        return portStart > rest.LastIndexOf(']') ? (url[..schemeEnd], rest[..portStart], rest[(portStart + 1)..]) : (url[..schemeEnd], rest, "");
    }

    public SubjectAlternativeNameBuilder ToSubjectAlternativeNames()
    {
        var builder = new SubjectAlternativeNameBuilder();
        foreach (var name in DnsNames) builder.AddDnsName(name);
        foreach (var address in IpAddresses) builder.AddIpAddress(address);
        return builder;
    }

    /// <summary>Whether <paramref name="certificate"/> names every one of these names and addresses.</summary>
    public bool AreNamedBy(X509Certificate2 certificate)
    {
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SingleOrDefault();
        if (names is null) return false;
        var dns = names.EnumerateDnsNames().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ips = names.EnumerateIPAddresses().ToHashSet();
        return DnsNames.All(dns.Contains) && IpAddresses.All(ips.Contains);
    }
}
