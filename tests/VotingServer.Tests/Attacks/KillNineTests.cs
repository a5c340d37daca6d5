using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using Xunit.Abstractions;

namespace PeoplesCongress.VotingServer.Tests.Attacks;

/// <summary>
/// The server killed with SIGKILL in the middle of a burst of casts and started again on the same folder: every
/// acknowledged ballot is counted once, every tablet's resend of its cast (acknowledged or not) is counted once,
/// and the issuances marked cast equal the ballots in the box. The box stays sealed after the restart (its key was
/// only in the killed process's memory): closing is refused until a designated scrutineer's card unseals it, and
/// no other card does. CRASH_CYCLES sets how many ballots go through this.
/// </summary>
public sealed class KillNineTests(ITestOutputHelper output)
{
    private const int Tablets = 36;
    private const int InFlight = 6;

    [Fact]
    public async Task AckedCastsSurviveSigkillAndResendsAreCountedOnce()
    {
        var cycles = int.TryParse(Environment.GetEnvironmentVariable("CRASH_CYCLES"), out var n) ? n : 1;
        var data = Directory.CreateTempSubdirectory("pc-kill9-").FullName;
        try
        {
            var server = await ChildVenue.StartAsync(data);
            try
            {
                var secretariatCode = await server.BootstrapCodeAsync();
                var sitting = await PreparedSitting.CreateAsync(server.Api, secretariatCode, Tablets, name: "断电测试镇人民代表大会第一次会议");
                var (sittingId, codes, presidiumCode, chiefCode) = (sitting.SittingId, sitting.CodesInOrder, sitting.PresidiumCode, sitting.ChiefCode);
                for (var cycle = 0; cycle < cycles; cycle++)
                    server = await CycleAsync(server, data, cycle, secretariatCode, sittingId, codes, presidiumCode, chiefCode);
            }
            finally
            {
                await server.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private async Task<ChildVenue> CycleAsync(
        ChildVenue server, string data, int cycle, string secretariatCode, int sittingId, IReadOnlyList<string> codes,
        string presidiumCode, string chiefCode)
    {
        var secretariat = server.Api(secretariatCode);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ballot = await secretariat.CreateBallotAsync(sittingId, PreparedSitting.FiveChooseThree);
        var casts = codes.Select((_, i) => new CastRequest(ballot.Id, [ballot.Items[i % 5].Id], VenueConnection.NewCastId()))
            .ToList();
        var tablets = await SignInAllAsync(server.Url, codes);
        await server.Api(presidiumCode).OpenBallotAsync(ballot.Id);
        output.WriteLine($"signed in and opened at {clock.Elapsed.TotalSeconds:F1} s");

        // The kill comes once a few acknowledgements are in, a different number each cycle. A few casts at a time are in
        // flight, so that at the kill some are acknowledged, some sent and unanswered, some never sent.
        var acked = new ConcurrentDictionary<int, bool>();
        var killAfter = 1 + cycle * 7 % 24;
        var enoughAcks = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var inFlight = new SemaphoreSlim(InFlight);
        var burst = Task.WhenAll(tablets.Select(async (tablet, i) =>
        {
            await inFlight.WaitAsync();
            try
            {
                await tablet.CastAsync(casts[i]);
                acked[i] = true;
                if (acked.Count >= killAfter) enoughAcks.TrySetResult();
            }
            catch (Exception ex) when (ex is not VenueException)
            {
                // The connection died with the server: this cast was not acknowledged.
            }
            finally
            {
                inFlight.Release();
            }
        }));
        await Task.WhenAny(enoughAcks.Task, burst).Unwrap().WaitAsync(Waiting.Timeout);
        await server.KillAsync();
        await burst.WaitAsync(Waiting.Timeout);
        var ackedBeforeKill = acked.Keys.ToHashSet();
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
        await server.DisposeAsync();

        output.WriteLine($"killed at {clock.Elapsed.TotalSeconds:F1} s");
        server = await ChildVenue.StartAsync(data);
        output.WriteLine($"restarted at {clock.Elapsed.TotalSeconds:F1} s");
        tablets = await SignInAllAsync(server.Url, codes);
        var receipts = await Task.WhenAll(tablets.Select((tablet, i) => tablet.CastAsync(casts[i])));
        await Task.WhenAll(tablets.Select(t => t.DisposeAsync().AsTask()));
        Assert.All(ackedBeforeKill, i => Assert.True(receipts[i].Duplicate, $"Tablet {i}'s acknowledged cast was taken as new."));

        output.WriteLine($"resent at {clock.Elapsed.TotalSeconds:F1} s");
        await UnsealAsync(server, ballot.Id, sittingId, server.Api(secretariatCode), presidiumCode, chiefCode);
        var result = await server.Api(presidiumCode).CloseBallotAsync(ballot.Id);
        var expected = ballot.Items.ToDictionary(item => item.Id, item => (int?)casts.Count(c => c.Marks![0] == item.Id));
        Assert.Equal((Tablets, Tablets, Tablets), (result.Issued, result.Returned, result.Valid));
        Assert.Equal(expected, result.Items.ToDictionary(i => i.ItemId, i => i.Votes));
        Assert.Equal((Tablets, Tablets), await CountsOnDiskAsync(data, ballot.Id));
        output.WriteLine($"cycle {cycle}: {ackedBeforeKill.Count} of {Tablets} casts acknowledged before SIGKILL, "
            + $"{receipts.Count(r => r.Duplicate)} resends recognised as already recorded");
        return server;
    }

    /// <summary>
    /// The box after the restart: sealed (closing refused, the staff see it), not opened by the presidium's card, by a
    /// made-up code or by another sitting's scrutineer; opened by the sitting's chief scrutineer's card.
    /// </summary>
    private static async Task UnsealAsync(
        ChildVenue server, int ballotId, int sittingId, VenueApiClient secretariat, string presidiumCode, string chiefCode)
    {
        var presidium = server.Api(presidiumCode);
        Assert.Equal(ErrorCodes.BoxSealed, (await Assert.ThrowsAsync<VenueException>(() => presidium.CloseBallotAsync(ballotId))).Code);
        Assert.True(Assert.Single(await presidium.ProgressAsync(sittingId), p => p.BallotId == ballotId).Sealed);

        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => presidium.UnsealBoxAsync(ballotId))).Code);
        var madeUp = server.Api("7K3Q-7K3Q-7K3Q-7K3Q-7K3Q-7K3Q-7K");
        Assert.Equal(ErrorCodes.CredentialUnknown, (await Assert.ThrowsAsync<VenueException>(() => madeUp.UnsealBoxAsync(ballotId))).Code);
        var other = await secretariat.CreateSittingAsync(new CreateSittingRequest($"断电测试镇人民代表大会第{ballotId}次会议"));
        var outsider = (await secretariat.AddCountingStaffAsync(other.Id, new("外会监票人", CountingRole.ChiefScrutineer))).Credential!.Code;
        Assert.Equal(ErrorCodes.UnsealRefused, (await Assert.ThrowsAsync<VenueException>(() => server.Api(outsider).UnsealBoxAsync(ballotId))).Code);
        Assert.Equal(ErrorCodes.BoxSealed, (await Assert.ThrowsAsync<VenueException>(() => presidium.CloseBallotAsync(ballotId))).Code);

        Assert.False((await server.Api(chiefCode).UnsealBoxAsync(ballotId)).Sealed);
        Assert.False(Assert.Single(await presidium.ProgressAsync(sittingId), p => p.BallotId == ballotId).Sealed);
    }

    private static async Task<List<VenueConnection>> SignInAllAsync(Uri server, IReadOnlyList<string> codes)
    {
        var tablets = codes.Select(code => new VenueConnection(server, code)).ToList();
        await Task.WhenAll(tablets.Select(t => t.SignInAsync()));
        return tablets;
    }

    /// <summary>Issuances marked cast and ballots in the box, read from the database file itself.</summary>
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
