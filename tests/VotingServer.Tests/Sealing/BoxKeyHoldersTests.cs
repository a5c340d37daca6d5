using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Publication;

namespace PeoplesCongress.VotingServer.Tests.Sealing;

/// <summary>
/// Who holds an open box's key follows the designations: a scrutineer designated while the ballot is open gets a wrap
/// and can unseal after a restart; a withdrawn one loses theirs; the last holder cannot be withdrawn, nor anyone while
/// the box is sealed. A hand count over electronic ballots with the key in memory publishes them plain.
/// </summary>
public sealed class BoxKeyHoldersTests
{
    [Fact]
    public async Task AScrutineerDesignatedWhileTheBallotIsOpenCanUnsealItAfterARestart()
    {
        await using var first = await TestVenue.StartAsync();
        var secretariatCode = first.BootstrapCode!;
        var sitting = await SignedInSitting.CreateAsync(first, deputies: 5);
        var (setup, ballot) = (sitting.Setup, sitting.Setup.Ballot);
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        Assert.Equal([setup.Chief!.Staff.Name], await HoldersAsync(first, ballot.Id));

        var late = await setup.Secretariat.AddCountingStaffAsync(setup.SittingId, new("杨春梅", CountingRole.Scrutineer));
        Assert.Equal([setup.Chief!.Staff.Name, "杨春梅"], await HoldersAsync(first, ballot.Id));
        // The chief is withdrawn: their wrap goes with them; the last holder left cannot be withdrawn.
        await setup.Secretariat.WithdrawCountingStaffAsync(setup.SittingId, setup.Chief!.Staff.Id);
        Assert.Equal(["杨春梅"], await HoldersAsync(first, ballot.Id));
        var last = await Assert.ThrowsAsync<VenueException>(() => setup.Secretariat.WithdrawCountingStaffAsync(setup.SittingId, late.Staff.Id));
        Assert.Equal(ErrorCodes.Invalid, last.Code);
        for (var d = 0; d < 4; d++) await sitting.MarkAsync(d, ballot, d);
        await sitting.DisposeAsync();
        await first.StopAsync();

        await using var second = await TestVenue.RestartOnAsync(first.DataDirectory);
        var secretariat = second.Api(secretariatCode);
        var presidium = second.Api((await secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code);
        // While sealed nobody's card may change hands: the box could not be wrapped for the new card.
        var sealedWithdrawal = await Assert.ThrowsAsync<VenueException>(() => secretariat.WithdrawCountingStaffAsync(setup.SittingId, late.Staff.Id));
        Assert.Equal(ErrorCodes.BoxSealed, sealedWithdrawal.Code);
        // The withdrawn chief's card no longer works at all; the late scrutineer's card unseals.
        Assert.Equal(ErrorCodes.CredentialRevoked,
            (await Assert.ThrowsAsync<VenueException>(() => second.Api(setup.ChiefCode).UnsealBoxAsync(ballot.Id))).Code);
        Assert.False((await second.Api(late.Credential!.Code).UnsealBoxAsync(ballot.Id)).Sealed);
        var result = await presidium.CloseBallotAsync(ballot.Id);
        Assert.Equal((5, 4), (result.Issued, result.Returned));
        Assert.Equal([1, 1, 1, 1, 0], result.Items.Select(i => i.Votes));
        Assert.Empty(await HoldersAsync(second, ballot.Id));
    }

    [Fact]
    public async Task AHandCountOverElectronicBallotsPublishesThemPlainAndDropsTheWraps()
    {
        await using var venue = await TestVenue.StartAsync();
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (setup, ballot) = (sitting.Setup, sitting.Setup.Ballot);
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        await sitting.MarkAsync(0, ballot, 0, 1);
        await setup.ConfirmedAsync(new(ConfirmationAct.HandCount, "电子表决器故障，现场改用纸质选票", BallotId: ballot.Id));
        var items = ballot.Items.Select(i => i.Id).ToList();
        await setup.Secretariat.HandCountAsync(ballot.Id, new(3, 3,
            [.. items.Select((id, i) => new HandCountItem(id, new Dictionary<string, int> { ["for"] = i < 2 ? 3 : 0 }))]));

        Assert.Empty(await HoldersAsync(venue, ballot.Id));
        await using var db = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT Choices FROM BallotBox WHERE BallotId = $b AND Sealed IS NULL";
        command.Parameters.AddWithValue("$b", ballot.Id);
        Assert.Equal($"[{items[0]},{items[1]}]", await command.ExecuteScalarAsync());
        // The kept electronic ballot was not counted, so its tracking code is not listed as counted.
        Assert.Empty(TrackingCodes.Counted(db, ballot.Id));
    }

    [Fact]
    public async Task AHandCountOverABoxStillSealedByARestartLeavesItSealedAndOutOfTheRecord()
    {
        await using var first = await TestVenue.StartAsync();
        var secretariatCode = first.BootstrapCode!;
        var sitting = await SignedInSitting.CreateAsync(first, deputies: 3);
        var (setup, ballot) = (sitting.Setup, sitting.Setup.Ballot);
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        await sitting.MarkAsync(0, ballot, 0, 1);
        await sitting.DisposeAsync();
        await first.StopAsync();

        await using var second = await TestVenue.RestartOnAsync(first.DataDirectory);
        var secretariat = second.Api(secretariatCode);
        var presidium = second.Api((await secretariat.IssueStaffCredentialAsync(Role.Presidium, "执行主席")).Code);
        var request = await secretariat.RequestConfirmationAsync(setup.SittingId,
            new(ConfirmationAct.HandCount, "服务器重启后改用纸质选票", BallotId: ballot.Id));
        await presidium.ConfirmAsync(request.Id, "主席团会议同意");
        var items = ballot.Items.Select(i => i.Id).ToList();
        var result = await secretariat.HandCountAsync(ballot.Id, new(3, 3,
            [.. items.Select((id, i) => new HandCountItem(id, new Dictionary<string, int> { ["for"] = i < 2 ? 3 : 0 }))]));

        // The paper count stands; the sealed ballot stays sealed with its wraps, and the record commits to an empty box.
        Assert.Equal([3, 3, 0, 0, 0], result.Items.Select(i => i.Votes));
        Assert.Equal(Tally.Records.BoxCommitment.Root([]), result.BoxRoot);
        Assert.Equal([setup.Chief!.Staff.Name], await HoldersAsync(second, ballot.Id));
    }

    /// <summary>The names of the counting staff whose card holds a wrap of the ballot's box key, read from the database file.</summary>
    private static async Task<List<string>> HoldersAsync(TestVenue venue, int ballotId)
    {
        await using var db = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT s.Name FROM BoxKeyWraps w JOIN CountingStaff s ON s.CredentialId = w.CredentialId
            WHERE w.BallotId = $b ORDER BY s.Id
            """;
        command.Parameters.AddWithValue("$b", ballotId);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
