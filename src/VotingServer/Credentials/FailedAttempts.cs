using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PeoplesCongress.VotingServer.Connections;

namespace PeoplesCongress.VotingServer.Credentials;

/// <summary>
/// Unknown credential codes presented per client address, in fixed one-minute windows: once an address has used up
/// its attempts, its codes are refused with <c>too-many-attempts</c> unchecked until the window ends. Each tablet in
/// the hall has its own address, so one device guessing codes never locks out another.
/// </summary>
public sealed class FailedAttempts(IOptions<ConnectionLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.FailedAttemptsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Whether the address has attempts left; asking takes none of them.</summary>
    public bool MayTry(IPAddress? address)
    {
        using var lease = limiter.AttemptAcquire(address ?? IPAddress.None, 0);
        return lease.IsAcquired;
    }

    public void Failed(IPAddress? address) => limiter.AttemptAcquire(address ?? IPAddress.None).Dispose();

    public void Dispose() => limiter.Dispose();
}
