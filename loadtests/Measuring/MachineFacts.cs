namespace PeoplesCongress.LoadTests;

/// <summary>What the figures were measured on, and how busy the machine was meanwhile.</summary>
internal sealed record MachineFacts(
    int Cores, string CpuModel, double MemoryGiB, string Kernel, string Runtime, long? OpenFileLimit, string LoadAverage,
    IReadOnlyList<string> OtherBusyProcesses)
{
    public static MachineFacts Now() => new(
        Environment.ProcessorCount,
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "",
        Math.Round(MemTotalKiB() / 1024.0 / 1024.0, 1),
        ReadLines("/proc/sys/kernel/osrelease").FirstOrDefault() ?? Environment.OSVersion.VersionString,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        ProcessStats.Self.OpenFileLimit(),
        LoadAverageNow(),
        OtherProcesses());

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static string LoadAverageNow() => string.Join(' ', (ReadLines("/proc/loadavg").FirstOrDefault() ?? "").Split(' ').Take(3));

    /// <summary>
    /// Other builds, test hosts and browsers on the machine, which share its cores with the measurement; this run's
    /// own processes (the `dotnet run` that started it, the servers it started) are left out.
    /// </summary>
    public static List<string> OtherProcesses()
    {
        var self = Environment.ProcessId;
        var ours = new HashSet<int> { self, ParentOf(self) };
        return Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && !ours.Contains(pid) && ParentOf(pid) != self)
            .Select(pid => (Pid: pid, Name: ReadLines($"/proc/{pid}/comm").FirstOrDefault() ?? ""))
            .Where(p => p.Name is "dotnet" or "testhost" or "VBCSCompiler" || p.Name.StartsWith("chrom", StringComparison.Ordinal)
                || p.Name.StartsWith("node", StringComparison.Ordinal))
            .Select(p => $"{p.Name} ({p.Pid})")
            .ToList();
    }

    private static int ParentOf(int pid) =>
        ReadLines($"/proc/{pid}/stat").FirstOrDefault() is { } stat && int.TryParse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], out var parent)
            ? parent : 0;

    private static long MemTotalKiB() =>
        ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) : 0;

    private static IEnumerable<string> ReadLines(string path)
    {
        try { return File.ReadAllLines(path); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }
}
