using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PeoplesCongress.VotingServer.Projects;

/// <summary>Limits of the public proposal form, which anyone on the network can reach without a credential.</summary>
public sealed class PublicFormOptions
{
    public const string Section = "PublicForm";

    /// <summary>Proposals one address may send in ten minutes.</summary>
    public int PerAddressPerTenMinutes { get; set; } = 5;

    /// <summary>Proposals all addresses together may send in an hour, so that a flood from many cannot fill the disk.</summary>
    public int PerHour { get; set; } = 600;
}

/// <summary>
/// Counts the public form's proposals per address in fixed ten-minute windows, and all of them in fixed hours; a
/// proposal past either limit is refused with <c>too-many-requests</c> before anything is read or written.
/// </summary>
public sealed class PublicSubmissions(IOptions<PublicFormOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> perAddress = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PerAddressPerTenMinutes), Window = TimeSpan.FromMinutes(10), QueueLimit = 0,
        }));

    private readonly FixedWindowRateLimiter all = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.PerHour), Window = TimeSpan.FromHours(1), QueueLimit = 0,
    });

    /// <summary>Takes one permit of the address and one of the hour; false when either is spent.</summary>
    public bool TryTake(IPAddress? address)
    {
        using var own = perAddress.AttemptAcquire(address ?? IPAddress.None);
        if (!own.IsAcquired) return false;
        using var shared = all.AttemptAcquire();
        return shared.IsAcquired;
    }

    public void Dispose()
    {
        perAddress.Dispose();
        all.Dispose();
    }
}
