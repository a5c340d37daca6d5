namespace PeoplesCongress.LoadTests.Tests;

/// <summary>A generator worker's latencies travel encoded and are added to the main process's: nothing is lost on the way.</summary>
public sealed class LatenciesTests
{
    [Fact]
    public void Encoded_latencies_added_to_others_give_the_percentiles_of_all_of_them()
    {
        var here = new Latencies();
        var there = new Latencies();
        var all = new Latencies();
        for (var i = 1; i <= 1000; i++)
        {
            // Two processes with different latencies: 1–1000 ms here, 1001–3000 ms there (in microseconds).
            Record(here, all, i * 1000L);
            Record(there, all, (1000 + i) * 1000L);
            Record(there, all, (2000 + i) * 1000L);
        }

        here.Add(there.Encode());

        Assert.Equal(3000, here.Count);
        Assert.Equal(all.Summary(), here.Summary());
        Assert.InRange(here.Summary().P50, 1495, 1505);
        Assert.InRange(here.Summary().Max, 2995, 3005);
    }

    [Fact]
    public void An_empty_worker_adds_nothing()
    {
        var here = new Latencies();
        here.Add(new Latencies().Encode());
        Assert.Equal(0, here.Count);
    }

    private static void Record(Latencies one, Latencies all, long microseconds)
    {
        one.Record(microseconds);
        all.Record(microseconds);
    }
}
