using System.Diagnostics;
using HdrHistogram;

namespace PeoplesCongress.LoadTests;

/// <summary>Latencies in microseconds, from any number of threads at once, up to ten minutes each.</summary>
internal sealed class Latencies
{
    private readonly LongConcurrentHistogram histogram = new(1, 600_000_000, 3);

    public long Count => histogram.TotalCount;

    /// <summary>Records the time since <paramref name="startedAt"/>, a <see cref="Stopwatch.GetTimestamp"/>.</summary>
    public void RecordSince(long startedAt) =>
        histogram.RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(startedAt).TotalMicroseconds));

    public LatencySummary Summary() => histogram.TotalCount == 0 ? new(0, 0, 0, 0, 0) : new(
        histogram.TotalCount, Ms(histogram.GetValueAtPercentile(50)), Ms(histogram.GetValueAtPercentile(95)),
        Ms(histogram.GetValueAtPercentile(99)), Ms(histogram.GetMaxValue()));

    private static double Ms(long microseconds) => Math.Round(microseconds / 1000.0, 1);
}

/// <summary>Percentiles in milliseconds.</summary>
internal sealed record LatencySummary(long Count, double P50, double P95, double P99, double Max);
