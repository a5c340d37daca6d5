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
        var logger = new LoggerConfiguration()
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
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 62)
            .CreateLogger();
        // Serilog as a provider behind the framework's logger factory, which keeps one logger per category: SignalR
        // asks for three loggers per connection, and Serilog's own factory would build three new ones each time.
        // Serilog's levels above decide what is written.
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        builder.Services.AddSingleton(new Serilog.Extensions.Hosting.DiagnosticContext(logger));
        return builder;
    }
}
