using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Storage;

public sealed class DiskFullTests
{
    [Fact]
    public async Task AWriteThatFindsTheDiskFullIsRefusedAsStorageFullAndTheServerCarriesOn()
    {
        // Its own server: the test caps the database's size on the writer's connection, as a full disk would.
        await using var venue = await TestVenue.StartAsync();
        var secretariat = venue.Api(venue.BootstrapCode!);
        var sitting = await secretariat.CreateSittingAsync(new("磁盘已满测试会议"));
        var writer = venue.Service<GroupCommitWriter>();
        await writer.RunAloneAsync(c => Pragma(c, $"PRAGMA max_page_count = {Pragma(c, "PRAGMA page_count")}"));

        var refused = await Assert.ThrowsAsync<VenueException>(() =>
            secretariat.ImportRosterAsync(sitting.Id, System.Text.Encoding.UTF8.GetBytes(PreparedSitting.RosterCsv(2_000))));
        Assert.Equal((507, ErrorCodes.StorageFull), (refused.HttpStatus, refused.Code));
        Assert.Contains("存储空间已满", refused.Message);
        Assert.Empty(await secretariat.RosterAsync(sitting.Id));

        await writer.RunAloneAsync(c => Pragma(c, "PRAGMA max_page_count = 1073741823"));
        Assert.Equal(2_000, (await secretariat.ImportRosterAsync(sitting.Id,
            System.Text.Encoding.UTF8.GetBytes(PreparedSitting.RosterCsv(2_000)))).Added);
    }

    private static long Pragma(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
