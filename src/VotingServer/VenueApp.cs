using Microsoft.AspNetCore.SignalR;
using PeoplesCongress.Contracts;
using PeoplesCongress.VotingServer.Attendance;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Ballots;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Cluster;
using PeoplesCongress.VotingServer.Connections;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Demo;
using PeoplesCongress.VotingServer.Duties;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Hall;
using PeoplesCongress.VotingServer.Https;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.OpenApi;
using PeoplesCongress.VotingServer.Projects;
using PeoplesCongress.VotingServer.Publication;
using PeoplesCongress.VotingServer.Realtime;
using PeoplesCongress.VotingServer.Reports;
using PeoplesCongress.VotingServer.Roster;
using PeoplesCongress.VotingServer.Sealing;
using PeoplesCongress.VotingServer.Sittings;
using PeoplesCongress.VotingServer.Suggestions;
using PeoplesCongress.VotingServer.Tablet;
using PeoplesCongress.VotingServer.Terms;
using Serilog;
using Serilog.Events;

namespace PeoplesCongress.VotingServer;

/// <summary>The composition root: Program.cs and the tests build the same server from here.</summary>
public static class VenueApp
{
    /// <summary>The server of <paramref name="args"/>; <paramref name="clock"/> replaces the system clock (tests of a year's cycle).</summary>
    public static WebApplication Build(string[] args, TimeProvider? clock = null)
    {
        // appsettings.json is read from beside the binary, whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var data = builder.Configuration.GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions();
        PrivateFiles.Prepare(data.FullDirectory);
        builder.AddVenueLogging();
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddVenueStorage(builder.Configuration);
        builder.Services.AddVenueErrors();
        builder.Services.AddConnectionLimits();
        builder.Services.AddCredentials();
        builder.Services.AddVenueFeatures();
        builder.Services.AddHall();
        builder.Services.AddVenueHttps(builder.Configuration);
        builder.Services.AddHttpsOnly();
        builder.Services.AddPageWeight();
        builder.Services.AddVenueOpenApi();
        // Unreadable bodies reach the one error mapping instead of an empty 400/415.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Every body is small but a roster file, whose endpoint raises the limit for itself.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            o => o.Limits.MaxRequestBodySize = Limits.JsonBodyBytes);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        var signalR = builder.Services.AddSignalR(o =>
            {
                o.AddFilter<ErrorResponses.HubErrorFilter>();
                o.AddFilter<CredentialSessionFilter>();
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Encoder = ReadableJson.Encoder);
        builder.Services.AddVenueCluster(signalR, builder.Configuration);

        var app = builder.Build();
        app.UseSecurityHeaders();
        // Request logging outside the exception handler, so it records the status the caller really got.
        // Refusals counted by the refusal log are left out: it logs them as one line per address and window.
        // The hub's requests are left out too (a lean path for thousands of WebSockets): each would hold the
        // logger's state for its whole life and log one line when the tablet leaves; sign-ins are in the audit
        // record, refusals in the refusal log.
        app.UseWhen(c => !HubRequests.Is(c), logged => logged.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = (context, _, exception) => RefusalLog.IsCounted(context) ? LogEventLevel.Verbose
                : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        }));
        app.UseExceptionHandler();
        // The hub writes its refusals as problem details itself.
        app.UseWhen(c => !HubRequests.Is(c), pages => pages.UseStatusCodePages());
        app.UseHttpsOnly();
        app.UsePageWeight();
        app.UseTabletApp();
        app.UseDefaultFiles();
        // Revalidated on every load, as the tablet app is: the pages and the modules they share with the tablet change
        // with the server; the vendored libraries are kept a day (PageWeight).
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = PageWeight.SetCacheControl });
        app.UseCors(VenueServers.CorsPolicy);
        app.UseHubConnectionLimit();
        app.UseAuthentication();
        app.UseCredentialConnectionLimit();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapSittings();
        app.MapRoster();
        app.MapAttendance();
        app.MapCredentials();
        app.MapBallots();
        app.MapCertification();
        app.MapNotices();
        app.MapDuties();
        app.MapAudit();
        app.MapVenueCa();
        app.MapHall();
        app.MapTerms();
        app.MapSuggestions();
        app.MapProjects();
        app.MapReports();
        app.MapHub<VenueHub>(VenueHubProtocol.Path);
        app.MapHubSchema();
        return app;
    }

    /// <summary>
    /// Everything that must be in place before the first request: certificates, schema, the writer and its caches,
    /// the demo sitting when asked for, and the bootstrap credential. The demo is seeded before the bootstrap
    /// credential, so a demo start prints one secretariat code, the demo's, and no bootstrap code that the demo's
    /// would revoke at once.
    /// </summary>
    public static async Task<DemoSeeder.Seeded?> PrepareAsync(this WebApplication app, bool demo = false)
    {
        app.Services.GetRequiredService<VenueCertificates>().Ensure();
        await app.Services.PrepareStorageAsync();
        // Created on first start, so its fingerprint can go on the first credential sheet.
        _ = app.Services.GetRequiredService<ServerSigningKey>();
        var seeded = demo ? await app.SeedDemoDataAsync() : null;
        await app.Services.GetRequiredService<BootstrapCredential>().EnsureAsync();
        return seeded;
    }

    /// <summary>Seeds the demo sitting, or finds the one an earlier `--demo` start seeded; adds nothing twice.</summary>
    internal static async Task<DemoSeeder.Seeded> SeedDemoDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataOptions>>().Value;
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(data.FullDirectory);
    }

    /// <summary>Seeds the demo sitting on a started server and says what `--demo` prints, with the real URLs.</summary>
    public static async Task<string> SeedDemoAsync(this WebApplication app) => (await app.SeedDemoDataAsync()).Describe(app.Urls.ToList());

    private static IServiceCollection AddVenueFeatures(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<Confirmations>();
        services.AddScoped<SittingQueries>();
        services.AddScoped<SittingHallAccess>();
        services.AddScoped<AttendanceQuery>();
        services.AddSingleton<SignInRegister>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<BallotQueries>();
        services.AddScoped<BallotLifecycle>();
        services.AddScoped<BallotFollowUps>();
        services.AddScoped<DraftBallots>();
        services.AddScoped<CountingStaffRegister>();
        services.AddScoped<CountRecords>();
        services.AddSingleton<ServerSigningKey>();
        services.AddScoped<NoticePublisher>();
        services.AddScoped<NoticeFiles>();
        services.AddScoped<NoticeBundles>();
        services.AddSingleton<AttendanceBoard>();
        services.AddSingleton<IStoreObserver>(sp => sp.GetRequiredService<AttendanceBoard>());
        services.AddSingleton<OpenBallotRegistry>();
        services.AddSingleton<BoxKeys>();
        services.AddScoped<BoxUnsealing>();
        services.AddSingleton<IStoreObserver>(sp => sp.GetRequiredService<OpenBallotRegistry>());
        services.AddSingleton<CastHandler>();
        services.AddSingleton<SittingStateQuery>();
        services.AddSingleton<SharedSittingState>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<TermQueries>();
        services.AddScoped<TermRegister>();
        services.AddScoped<SuggestionDesk>();
        services.AddScoped<SuggestionImport>();
        services.AddScoped<SuggestionQueries>();
        services.AddScoped<ProposalDesk>();
        services.AddScoped<ProjectLifecycle>();
        services.AddScoped<ProjectTracking>();
        services.AddScoped<ProjectQueries>();
        services.AddOptions<PublicFormOptions>().BindConfiguration(PublicFormOptions.Section);
        services.AddSingleton<PublicSubmissions>();
        services.AddSingleton<SittingAudience>();
        services.AddHostedService(sp => sp.GetRequiredService<SittingAudience>());
        services.AddOptions<LiveUpdateOptions>().BindConfiguration(LiveUpdateOptions.Section)
            .Validate(o => o.TabletAttendancePerSecond > 0, "Live:TabletAttendancePerSecond must be above 0.").ValidateOnStart();
        services.AddSingleton<LiveUpdates>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveUpdates>());
        return services;
    }
}
