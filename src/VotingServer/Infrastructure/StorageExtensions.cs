using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PeoplesCongress.VotingServer.Infrastructure;

public static class StorageExtensions
{
    public static IServiceCollection AddVenueStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        // The contexts handed to requests read; every write goes through the GroupCommitWriter.
        if (configuration.GetSection(DataOptions.Section).Get<DataOptions>() is { IsPostgres: true })
        {
            services.AddDbContext<VenueDbContext, PostgresVenueDbContext>((sp, options) => options
                .UseNpgsql(sp.GetRequiredService<IOptions<DataOptions>>().Value.PostgresConnectionString)
                .AddInterceptors(new ReadOnlyContext()));
            services.AddSingleton<StoreFeed>();
            services.AddHostedService(sp => sp.GetRequiredService<StoreFeed>());
        }
        else
        {
            services.AddDbContext<VenueDbContext>((sp, options) => options
                .UseSqlite(sp.GetRequiredService<IOptions<DataOptions>>().Value.ConnectionString)
                .AddInterceptors(new SqlitePragmaInterceptor(), new ReadOnlyContext()));
        }
        services.AddSingleton<GroupCommitWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
        services.AddSingleton<WalTruncation>();
        services.AddSingleton<BurstMemory>();
        services.AddSingleton<IStoreObserver>(sp => sp.GetRequiredService<BurstMemory>());
        return services;
    }

    /// <summary>
    /// Creates the folder, applies migrations, turns on WAL (SQLite) or checks that commits are durable (PostgreSQL),
    /// starts the writer and loads the in-memory copies of the store, before anything else touches the store.
    /// </summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services)
    {
        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        data.Check();
        Directory.CreateDirectory(data.FullDirectory);
        if (data.IsPostgres) RequireDurableCommits(data);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<VenueDbContext>().Database.MigrateAsync();
        }
        if (!data.IsPostgres)
        {
            using var connection = new SqliteConnection(data.ConnectionString);
            connection.Open();
            SqlitePragmas.EnableWal(connection);
        }
        var writer = services.GetRequiredService<GroupCommitWriter>();
        writer.Start();
        // Entries written before the record was chained get their hashes now, through the one write path.
        await writer.WriteAsync(tx => Audit.AuditTrail.ChainUnchained(tx.Connection));
        await writer.LoadObserversAsync();
    }

    /// <summary>
    /// A ballot is acknowledged once its commit returns: with synchronous_commit off, PostgreSQL would answer before
    /// the commit is on disk, and a crash could lose an acknowledged ballot. The server refuses to start then.
    /// </summary>
    private static void RequireDurableCommits(DataOptions data)
    {
        using var connection = new NpgsqlConnection(data.PostgresConnectionString);
        connection.Open();
        var setting = connection.Scalar<string>("SHOW synchronous_commit");
        if (setting == "off")
        {
            throw new InvalidOperationException(
                "PostgreSQL reports synchronous_commit = off for this server's sessions: an acknowledged ballot could be lost in a crash. " +
                "Set synchronous_commit to on (postgresql.conf, ALTER DATABASE or ALTER ROLE) and start the server again.");
        }
    }

    private sealed class ReadOnlyContext : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
            throw Refused();

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            throw Refused();

        private static InvalidOperationException Refused() =>
            new("A request's VenueDbContext only reads: write through GroupCommitWriter.WriteAsync, in its transaction.");
    }
}
