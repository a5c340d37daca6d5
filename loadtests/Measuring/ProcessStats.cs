namespace PeoplesCongress.LoadTests;

/// <summary>Memory, CPU time and open files of a process, read from /proc (Linux); zero for a process not known.</summary>
internal sealed class ProcessStats
{
    // USER_HZ: /proc/<pid>/stat counts CPU time in these ticks; it is 100 on every Linux the .NET runtime supports.
    private const double TicksPerSecond = 100;

    private readonly string? dir;
    private double lastCpuSeconds;

    private ProcessStats(int? pid, string? dir)
    {
        Pid = pid;
        this.dir = dir;
    }

    public static ProcessStats Self { get; } = new(Environment.ProcessId, "/proc/self");
    public static ProcessStats Unknown { get; } = new(null, null);
    public static ProcessStats Of(int pid) => new(pid, $"/proc/{pid}");

    public int? Pid { get; }
    public bool Known => dir is not null;

    public double RssMiB() => ReadStatusKiB("VmRSS") / 1024.0;

    /// <summary>CPU time so far; for a process gone (a killed server), the last time read while it ran.</summary>
    public double CpuSeconds()
    {
        var stat = Read("stat");
        if (stat is null) return lastCpuSeconds;
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return lastCpuSeconds = (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }

    public int OpenFiles()
    {
        if (dir is null) return 0;
        try { return Directory.EnumerateFileSystemEntries($"{dir}/fd").Count(); }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    /// <summary>The soft limit on open files (RLIMIT_NOFILE) the process runs under.</summary>
    public long? OpenFileLimit()
    {
        var line = Read("limits")?.Split('\n').FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return long.TryParse(soft, out var files) ? files : null;
    }

    private long ReadStatusKiB(string field)
    {
        var line = Read("status")?.Split('\n').FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    private string? Read(string file)
    {
        if (dir is null) return null;
        try { return File.ReadAllText($"{dir}/{file}"); }
        catch (IOException) { return null; }
    }
}
