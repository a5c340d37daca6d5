using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PeoplesCongress.VotingServer.Infrastructure;

public static class StorageExtensions
{
    public static IServiceCollection AddVenueStorage(this IServiceCollection services)
    {
        services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section);
        services.AddSingleton<DataVersion>();
        services.AddDbContext<VenueDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataOptions>>().Value.ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(), new DataVersionInterceptor(sp.GetRequiredService<DataVersion>())));
        services.AddSingleton<GroupCommitWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommitWriter>());
        return services;
    }

    /// <summary>Creates the folder, applies migrations and turns on WAL before anything else touches the file.</summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services)
    {
        var data = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataOptions>>().Value;
        Directory.CreateDirectory(data.FullDirectory);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<VenueDbContext>().Database.MigrateAsync();
        }
        using var connection = new SqliteConnection(data.ConnectionString);
        connection.Open();
        SqlitePragmas.EnableWal(connection);
    }
}
