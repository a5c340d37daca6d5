using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Errors;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>
/// The writer runs a batch with no savepoints, and runs it again with one for each item only when an item throws:
/// writes that all succeed never pay for the savepoints, and a refusal still takes back exactly its own rows.
/// </summary>
public sealed class WriterBatchTests
{
    private const int Writes = 200;

    [Fact]
    public async Task WritesThatAllSucceedShareCommitsWithoutRunningAgain()
    {
        await using var venue = await TestVenue.StartAsync();
        var writer = venue.Service<GroupCommitWriter>();
        var (batches, reruns) = (writer.CommittedBatches, writer.GuardedReruns);

        var written = await Task.WhenAll(Enumerable.Range(0, Writes).Select(i => writer.WriteAsync(tx =>
        {
            AuditTrail.Record(tx, Actor.Server, DateTimeOffset.UtcNow, AuditAction.SittingCreated, $"写入{i}");
            return i;
        })));

        Assert.Equal(Enumerable.Range(0, Writes), written);
        Assert.True(writer.CommittedBatches - batches < Writes, "the writes shared commits");
        Assert.Equal(reruns, writer.GuardedReruns);
        Assert.Equal(Enumerable.Range(0, Writes).Select(i => $"写入{i}"), await SummariesAsync(await PresidiumAsync(venue)));
    }

    [Fact]
    public async Task ARefusalRunsItsBatchAgainGuardedAndTakesBackOnlyItsOwnRows()
    {
        await using var venue = await TestVenue.StartAsync();
        var writer = venue.Service<GroupCommitWriter>();
        var reruns = writer.GuardedReruns;

        // Every tenth write is refused after writing its entry, with a coded refusal its caller must receive.
        var writes = Enumerable.Range(0, Writes).Select(i => writer.WriteAsync(tx =>
        {
            AuditTrail.Record(tx, Actor.Server, DateTimeOffset.UtcNow, AuditAction.SittingCreated, $"写入{i}");
            return i % 10 == 9 ? throw VenueErrors.AlreadyCast() : i;
        })).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async write =>
        {
            try { return (await write).ToString(); }
            catch (VenueError refused) { return refused.Code; }
        }));

        Assert.Equal(Enumerable.Range(0, Writes).Select(i => i % 10 == 9 ? ErrorCodes.AlreadyCast : $"{i}"), outcomes);
        Assert.True(writer.GuardedReruns > reruns, "a refusal reran its batch with savepoints");
        var presidium = await PresidiumAsync(venue);
        Assert.Equal(Enumerable.Range(0, Writes).Where(i => i % 10 != 9).Select(i => $"写入{i}"), await SummariesAsync(presidium));
        Assert.True((await presidium.VerifyAuditAsync()).Intact);
    }

    private static async Task<VenueApiClient> PresidiumAsync(TestVenue venue) =>
        venue.Api((await venue.Api(venue.BootstrapCode!).IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code);

    private static async Task<List<string>> SummariesAsync(VenueApiClient presidium) =>
        [.. (await presidium.AuditAsync()).Select(e => e.Summary).Where(s => s.StartsWith("写入", StringComparison.Ordinal))];
}
