using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Counts refusals (unknown codes, rate-limited attempts, connection caps) per client address and reason, and logs
/// one line for each per window, so that a flood of refusals costs a few lines rather than one each.
/// </summary>
public sealed partial class RefusalLog(
    TimeProvider clock, IOptions<ConnectionLimitOptions> options, ILogger<RefusalLog> logger) : IHostedService, IDisposable
{
    private static readonly object CountedItem = new();
    private readonly TimeSpan window = options.Value.RefusalLogWindow;
    private readonly ConcurrentDictionary<(string Address, string Code), int> counts = new();
    private ITimer? timer;

    /// <summary>Counts a refused request; the request log then leaves it out (see <see cref="IsCounted"/>).</summary>
    public void Count(HttpContext context, string code)
    {
        context.Items[CountedItem] = true;
        Count(context.Connection.RemoteIpAddress, code);
    }

    /// <summary>Counts refusals of one address (null: the address is not known, as for Kestrel's own refusals).</summary>
    public void Count(IPAddress? address, string code, int refused = 1) =>
        counts.AddOrUpdate((address?.ToString() ?? "any", code), refused, (_, count) => count + refused);

    public static bool IsCounted(HttpContext context) => context.Items.ContainsKey(CountedItem);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        timer = clock.CreateTimer(_ => Flush(), null, window, window);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Dispose();
        Flush();
        return Task.CompletedTask;
    }

    public void Dispose() => timer?.Dispose();

    private void Flush()
    {
        foreach (var key in counts.Keys)
        {
            if (counts.TryRemove(key, out var count)) LogRefused(count, key.Code, key.Address, window.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Count} with {Code} from {Address} within {Seconds} s")]
    private partial void LogRefused(int count, string code, string address, double seconds);
}
