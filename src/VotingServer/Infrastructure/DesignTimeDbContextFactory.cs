using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PeoplesCongress.VotingServer.Infrastructure;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<VenueDbContext>
{
    public VenueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<VenueDbContext>().UseSqlite("Data Source=design.db").Options);
}
