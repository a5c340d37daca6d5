using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<VenueDbContext>
{
    public VenueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<VenueDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>The same for the PostgreSQL model (`--context PostgresVenueDbContext`); no database is reached.</summary>
internal sealed class DesignTimePostgresDbContextFactory : IDesignTimeDbContextFactory<PostgresVenueDbContext>
{
    public PostgresVenueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVenueDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
