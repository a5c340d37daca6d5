using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Tests.Attacks;
using Xunit.Abstractions;

namespace PeoplesCongress.VotingServer.Tests.Hall;

/// <summary>
/// Two venue servers of one hall on one database (a shared SQLite file stands in for the shared store): the tablets
/// sign in on A, a ballot is opened there, B starts, and A is killed with SIGKILL in the middle of a burst of casts.
/// Every tablet moves to B by itself and sends again what had no answer: every acknowledged ballot is counted once,
/// and every cast is acknowledged in the end. B never held the box key, so closing there waits for a scrutineer to
/// unseal the box.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    internal const string HallSitting = "双机测试镇人民代表大会第一次会议";
    private const int Tablets = 36;
    private const int InFlight = 6;

    [Fact]
    public async Task EveryTabletMovesToTheOtherServerAfterSigkillAndEveryAckedCastIsCountedOnce()
    {
        await using var hall = await TwoServerHall.StartAsync();
        var (a, servers, tablets) = (hall.A, hall.Servers, hall.Tablets);
        var sitting = await PreparedSitting.CreateAsync(a.Api, await a.BootstrapCodeAsync(), Tablets, name: HallSitting);
        var (sittingId, codes, presidiumCode, chiefCode, ballot) =
            (sitting.SittingId, sitting.CodesInOrder, sitting.PresidiumCode, sitting.ChiefCode, sitting.Ballot);
        Assert.Equal([servers[0].ToString().TrimEnd('/'), servers[1].ToString().TrimEnd('/')], (await sitting.Secretariat.ServersAsync()).Servers);

        var casts = codes.Select((_, i) => new CastRequest(ballot.Id, [ballot.Items[i % 5].Id], VenueConnection.NewCastId())).ToList();
        tablets.AddRange(codes.Select(code => new HallConnection(servers, code)));
        await Task.WhenAll(tablets.Select(t => t.SignInAsync()));
        Assert.All(tablets, t => Assert.Equal(servers[0], t.Server));
        await a.Api(presidiumCode).OpenBallotAsync(ballot.Id);

        // B starts once the ballot is open, so it loads it (the shared store's change feed is not this test's).
        var b = await hall.StartBAsync();

        var run = await MidBurstKill.RunAsync(
            tablets, casts, [.. Enumerable.Range(0, Tablets)], servers[1], InFlight, acksBeforeKill: 9, a.KillAsync);
        output.WriteLine(run.Describe());
        await run.CheckAsync(tablets, casts, servers[1]);

        await UnsealAndCloseAsync(b, ballot, casts, sittingId, presidiumCode, chiefCode);
        Assert.Equal((Tablets, Tablets), await CountsOnDiskAsync(hall.DataA, ballot.Id));
    }

    /// <summary>B holds no box key: closing is refused until the sitting's chief scrutineer unseals, then counts each cast once.</summary>
    private static async Task UnsealAndCloseAsync(
        ChildVenue b, BallotView ballot, IReadOnlyList<CastRequest> casts, int sittingId, string presidiumCode, string chiefCode)
    {
        var presidium = b.Api(presidiumCode);
        Assert.Equal(ErrorCodes.BoxSealed, (await Assert.ThrowsAsync<VenueException>(() => presidium.CloseBallotAsync(ballot.Id))).Code);
        Assert.True(Assert.Single(await presidium.ProgressAsync(sittingId), p => p.BallotId == ballot.Id).Sealed);
        Assert.False((await b.Api(chiefCode).UnsealBoxAsync(ballot.Id)).Sealed);
        var result = await presidium.CloseBallotAsync(ballot.Id);
        var expected = ballot.Items.ToDictionary(item => item.Id, item => (int?)casts.Count(c => c.Marks![0] == item.Id));
        Assert.Equal((Tablets, Tablets, Tablets), (result.Issued, result.Returned, result.Valid));
        Assert.Equal(expected, result.Items.ToDictionary(i => i.ItemId, i => i.Votes));
    }

    private static async Task<(int Cast, int InBox)> CountsOnDiskAsync(string data, int ballotId)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(data, "venue.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        async Task<int> Count(string sql)
        {
            await using var command = db.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$ballot", ballotId);
            return Convert.ToInt32(await command.ExecuteScalarAsync());
        }
        return (await Count("SELECT COUNT(*) FROM Issuances WHERE BallotId = $ballot AND CastId IS NOT NULL"),
            await Count("SELECT COUNT(*) FROM BallotBox WHERE BallotId = $ballot"));
    }
}
