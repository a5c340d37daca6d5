using System.Diagnostics.Metrics;
using PeoplesCongress.Contracts;

namespace PeoplesCongress.VotingServer.Connections;

/// <summary>
/// Counts the sockets Kestrel closes because it holds all the connections it allows, into the <see cref="RefusalLog"/>,
/// from Kestrel's own metric: Kestrel's log line for each would fill the log in a flood, so it is silenced. The metric
/// carries no client address.
/// </summary>
public sealed class RejectedConnections(IMeterFactory meters, RefusalLog refusals) : IHostedService, IDisposable
{
    private const string KestrelMeter = "Microsoft.AspNetCore.Server.Kestrel";
    private const string Rejected = "kestrel.rejected_connections";
    private readonly MeterListener listener = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Only this host's meter: tests run several servers in one process.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == KestrelMeter && instrument.Name == Rejected
                && ReferenceEquals(instrument.Meter.Scope, meters)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, count, _, _) =>
            refusals.Count(null, ErrorCodes.ServerFull, (int)count));
        listener.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => listener.Dispose();
}
