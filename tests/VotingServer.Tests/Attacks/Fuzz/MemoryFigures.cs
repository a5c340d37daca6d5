using System.Diagnostics;

namespace PeoplesCongress.VotingServer.Tests.Attacks.Fuzz;

/// <summary>
/// The test process's managed heap after a full collection, and its working set. The server runs in this process,
/// so these cover the server and the fuzz's own buffers alike: figures to report, compared only within wide bounds.
/// </summary>
public sealed record MemoryFigures(long ManagedBytes, long WorkingSetBytes)
{
    public static MemoryFigures Now()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return new MemoryFigures(GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    public override string ToString() => $"managed {ManagedBytes / 1_048_576.0:F1} MiB, working set {WorkingSetBytes / 1_048_576.0:F1} MiB";
}
