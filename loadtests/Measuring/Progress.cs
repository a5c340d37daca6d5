namespace PeoplesCongress.LoadTests;

/// <summary>
/// One status line while a scenario runs: rewritten in place on a terminal, a fresh line every few seconds when
/// the output goes to a file.
/// </summary>
internal sealed class Progress : IAsyncDisposable
{
    private readonly ProcessStats server;
    private readonly CancellationTokenSource stop = new();
    private readonly Task printing;
    private volatile string scenario = "";
    private volatile Func<string> status = () => "";

    public Progress(ProcessStats server)
    {
        this.server = server;
        printing = PrintAsync();
    }

    public void Show(string scenarioName, Func<string> statusNow)
    {
        scenario = scenarioName;
        status = statusNow;
    }

    private async Task PrintAsync()
    {
        var terminal = !Console.IsErrorRedirected;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(terminal ? 0.5 : 5));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var line = $"[{DateTime.Now:HH:mm:ss}] {scenario}: {status()} · server {server.RssMiB():F0} MiB";
                if (terminal) Console.Error.Write($"\r{line,-110}");
                else Console.Error.WriteLine(line);
            }
        }
        catch (OperationCanceledException) { }
        if (terminal) Console.Error.Write($"\r{"",-110}\r");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await printing;
        stop.Dispose();
    }
}
