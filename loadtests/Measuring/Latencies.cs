using System.Diagnostics;
using HdrHistogram;
using HdrHistogram.Utilities;

namespace PeoplesCongress.LoadTests;

/// <summary>
/// Latencies in microseconds, from any number of threads at once, up to ten minutes each. A generator worker process
/// sends its own as <see cref="Encode"/>d text, which the main process <see cref="Add"/>s to the run's.
/// </summary>
internal sealed class Latencies
{
    private readonly LongConcurrentHistogram histogram = new(1, 600_000_000, 3);

    public long Count => histogram.TotalCount;

    /// <summary>Records the time since <paramref name="startedAt"/>, a <see cref="Stopwatch.GetTimestamp"/>.</summary>
    public void RecordSince(long startedAt) => Record((long)Stopwatch.GetElapsedTime(startedAt).TotalMicroseconds);

    public void Record(long microseconds) => histogram.RecordValue(Math.Max(1, microseconds));

    /// <summary>The histogram in HdrHistogram's compressed encoding, as Base64.</summary>
    public string Encode()
    {
        var buffer = ByteBuffer.Allocate(histogram.GetNeededByteBufferCapacity());
        var length = histogram.EncodeIntoCompressedByteBuffer(buffer);
        // ByteBuffer lends out its bytes one at a time only; a compressed histogram is a few KiB at most.
        buffer.Position = 0;
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = buffer.Get();
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Adds the values of a histogram another process <see cref="Encode"/>d.</summary>
    public void Add(string encoded) =>
        histogram.Add(HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(Convert.FromBase64String(encoded)), 0));

    public LatencySummary Summary() => histogram.TotalCount == 0 ? new(0, 0, 0, 0, 0) : new(
        histogram.TotalCount, Ms(histogram.GetValueAtPercentile(50)), Ms(histogram.GetValueAtPercentile(95)),
        Ms(histogram.GetValueAtPercentile(99)), Ms(histogram.GetMaxValue()));

    private static double Ms(long microseconds) => Math.Round(microseconds / 1000.0, 1);
}

/// <summary>Percentiles in milliseconds.</summary>
internal sealed record LatencySummary(long Count, double P50, double P95, double P99, double Max);
