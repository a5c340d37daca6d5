using System.Globalization;
using PeoplesCongress.LoadTests;

// Reports read the same on every machine: 10,000.5 whatever the locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.FirstOrDefault() == BareServer.Command) return await BareServer.RunAsync(args);
if (args.FirstOrDefault() == GeneratorWorker.Command) return await WorkerLoop.RunAsync();
if (args.FirstOrDefault() == FiguresBenchmark.Command) return await FiguresBenchmark.RunAsync(args);
try
{
    return await LoadRun.RunAsync(LoadOptions.Parse(args));
}
catch (UsageException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}
