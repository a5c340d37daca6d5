using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Storage;

public sealed class ReadOnlyContextTests
{
    [Fact]
    public async Task ARequestsContextRefusesToWriteAndTheWriterWritesInstead()
    {
        await using var venue = await TestVenue.StartAsync();
        await using var scope = venue.Service<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VenueDbContext>();
        db.Sittings.Add(new Sitting { Name = "不应写入的会议" });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        var sitting = new Sitting { Name = "经由写入器的会议" };
        await venue.Service<GroupCommitWriter>().WriteAsync(tx => tx.Db.Sittings.Add(sitting));
        Assert.True(sitting.Id > 0);
        await using var reader = venue.Service<IServiceScopeFactory>().CreateAsyncScope();
        Assert.Equal(["经由写入器的会议"], reader.ServiceProvider.GetRequiredService<VenueDbContext>().Sittings.Select(s => s.Name).ToList());
    }
}
