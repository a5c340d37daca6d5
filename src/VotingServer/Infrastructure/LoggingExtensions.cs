using System.Globalization;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Publication;
using Serilog;
using Serilog.Events;
using Serilog.Filters;
using Serilog.Formatting.Compact;

namespace PeoplesCongress.VotingServer.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// The sources whose lines also go to venue-events-.log: opening and closing ballots, publishing results, issuing
    /// and revoking credentials. Nothing a caller without a credential can trigger writes there, so a flood of
    /// refusals, which can fill and roll the main log, never pushes these lines out.
    /// </summary>
    private static readonly string[] EventSources =
    [
        typeof(BallotLifecycle).FullName!, typeof(NoticePublisher).FullName!, typeof(CredentialIssuer).FullName!,
        "Microsoft.Hosting.Lifetime",
    ];

    /// <summary>
    /// Serilog to the console, to a rolling file of compact JSON under the data folder (a new file each day and at each
    /// size limit, the oldest deleted past the retained count) and to the small events file. Each host gets its own
    /// logger (tests run several servers in one process). Framework categories stay at Warning so that no request URL,
    /// which may carry an access token, reaches the files.
    /// </summary>
    public static WebApplicationBuilder AddVenueLogging(this WebApplicationBuilder builder)
    {
        var data = builder.Configuration.GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions();
        var isEvent = EventSources.Select(Matching.FromSource).ToArray();
        var files = builder.Configuration.GetSection(LogFileOptions.Section).Get<LogFileOptions>() ?? new LogFileOptions();
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection", LogEventLevel.Error)
            // Refused hub calls are logged once, with their code, by the hub error filter. Off altogether: while this
            // category is enabled at any level, SignalR starts a diagnostic activity for every hub call (its tags, link
            // and object), whether or not anything listens.
            .MinimumLevel.Override("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LevelAlias.Off)
            // The exception handler logs each refusal with its code; the diagnostics middleware would add a stack trace.
            .MinimumLevel.Override("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogEventLevel.Fatal)
            // Failed and challenged credentials are counted by the refusal log; the handler's own lines would be one each.
            .MinimumLevel.Override(typeof(CredentialAuthenticationHandler).FullName!, LogEventLevel.Warning)
            // Kestrel logs each socket it refuses when full; the refusal log counts them instead.
            .MinimumLevel.Override("Microsoft.AspNetCore.Server.Kestrel.Connections", LogEventLevel.Error)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(), Path.Combine(data.LogDirectory, "venue-.log"),
                rollingInterval: RollingInterval.Day, fileSizeLimitBytes: files.FileSizeLimitBytes, rollOnFileSizeLimit: true,
                retainedFileCountLimit: files.RetainedFileCount)
            .WriteTo.Logger(events => events
                .Filter.ByIncludingOnly(e => isEvent.Any(matches => matches(e)))
                .WriteTo.File(
                    new CompactJsonFormatter(), Path.Combine(data.LogDirectory, "venue-events-.log"),
                    rollingInterval: RollingInterval.Day, fileSizeLimitBytes: files.EventsFileSizeLimitBytes,
                    rollOnFileSizeLimit: true, retainedFileCountLimit: null))
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

/// <summary>How large the log files grow and how many are kept (section <c>Logs</c>).</summary>
public sealed class LogFileOptions
{
    public const string Section = "Logs";

    /// <summary>Past this size the day's main log continues in a new file (venue-yyyyMMdd_001.log…).</summary>
    public long FileSizeLimitBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Main log files kept; the oldest is deleted when another starts, so the folder stays bounded.</summary>
    public int RetainedFileCount { get; set; } = 62;

    /// <summary>The events file rolls at this size too, but none is ever deleted: it holds the record of the sittings.</summary>
    public long EventsFileSizeLimitBytes { get; set; } = 16L * 1024 * 1024;
}
