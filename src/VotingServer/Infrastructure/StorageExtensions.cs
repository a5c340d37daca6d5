using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PeoplesCongress.VotingServer.Infrastructure;

public static class StorageExtensions
{
    public static IServiceCollection AddVenueStorage(this IServiceCollection services)
    {
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        services.AddSingleton<DataVersion>();
        // The contexts handed to requests read; every write goes through the GroupCommitWriter.
        services.AddDbContext<VenueDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataOptions>>().Value.ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(), new ReadOnlyContext()));
        services.AddSingleton<GroupCommitWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
        services.AddSingleton<WalTruncation>();
        services.AddSingleton<BurstMemory>();
        services.AddSingleton<IStoreObserver>(sp => sp.GetRequiredService<BurstMemory>());
        return services;
    }

    /// <summary>
    /// Creates the folder, applies migrations, turns on WAL, starts the writer and loads the in-memory copies of the
    /// store, before anything else touches the file.
    /// </summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services)
    {
        var data = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataOptions>>().Value;
        Directory.CreateDirectory(data.FullDirectory);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<VenueDbContext>().Database.MigrateAsync();
        }
        using (var connection = new SqliteConnection(data.ConnectionString))
        {
            connection.Open();
            SqlitePragmas.EnableWal(connection);
        }
        var writer = services.GetRequiredService<GroupCommitWriter>();
        writer.Start();
        // Entries written before the record was chained get their hashes now, through the one write path.
        await writer.WriteAsync(tx => Audit.AuditTrail.ChainUnchained(tx.Connection));
        await writer.LoadObserversAsync();
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
