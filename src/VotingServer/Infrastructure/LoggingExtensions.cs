using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PeoplesCongress.VotingServer.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog to the console and to a daily rolling file of compact JSON under the data folder. Each host gets its
    /// own logger (tests run several servers in one process). Framework categories stay at Warning so that no
    /// request URL, which may carry an access token, reaches the files.
    /// </summary>
    public static WebApplicationBuilder AddVenueLogging(this WebApplicationBuilder builder)
    {
        var data = builder.Configuration.GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions();
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection", LogEventLevel.Error)
            // Refused hub calls are logged once, with their code, by the hub error filter.
            .MinimumLevel.Override("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogEventLevel.Fatal)
            // The exception handler logs each refusal with its code; the diagnostics middleware would add a stack trace.
            .MinimumLevel.Override("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogEventLevel.Fatal)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(), Path.Combine(data.LogDirectory, "venue-.log"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 62),
            preserveStaticLogger: true);
        return builder;
    }
}
