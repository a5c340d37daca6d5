using Npgsql;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>
/// The server's own PostgreSQL connections: a promoted standby is looked for again after a second, and the pool is
/// capped so that two servers cannot take all of PostgreSQL's connections, unless the operator names a size.
/// </summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("Host=10.0.0.5;Database=venue;Username=venue;Password=x", DataOptions.DefaultPoolSize)]
    [InlineData("Host=10.0.0.5;Database=venue;Username=venue;Password=x;Maximum Pool Size=12", 12)]
    [InlineData("Host=10.0.0.5;Database=venue;Username=venue;Password=x;MaxPoolSize=150", 150)]
    public void ThePoolIsCappedUnlessTheOperatorNamesASize(string given, int expected)
    {
        var used = new NpgsqlConnectionStringBuilder(new DataOptions { PostgresConnection = given }.PostgresConnectionString);
        Assert.Equal(expected, used.MaxPoolSize);
        Assert.Equal(1, used.HostRecheckSeconds);
        Assert.Equal("10.0.0.5", used.Host);
    }
}
