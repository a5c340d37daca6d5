namespace PeoplesCongress.LoadTests;

/// <summary>Samples the server's RSS while a scenario runs, for its peak, and takes its CPU time at both ends.</summary>
internal sealed class UsageSampler : IAsyncDisposable
{
    private readonly ProcessStats server;
    private readonly double cpuAtStart;
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private double peakRss;

    public UsageSampler(ProcessStats server)
    {
        this.server = server;
        cpuAtStart = server.CpuSeconds();
        sampling = SampleAsync();
    }

    public double PeakRssMiB => Math.Max(Volatile.Read(ref peakRss), server.RssMiB());

    public double CpuSecondsSoFar => server.CpuSeconds() - cpuAtStart;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do Volatile.Write(ref peakRss, Math.Max(peakRss, server.RssMiB()));
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }
}
