using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Audit;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Tests.Audit;

/// <summary>
/// The hash-chained audit record (docs/security.md, "The chained audit record"): the server chains every entry, the
/// head at the count is on the signed count record and the notice, and an edit of the database file by someone who
/// drops the triggers is found by GET /api/audit/verify.
/// </summary>
public sealed class AuditChainTests
{
    private const string BeforeTheChain = "20261203040835_DeputySignInSource";

    [Fact]
    public async Task TheChainHoldsAndItsHeadAtTheCountIsOnTheCountRecordAndTheNotice()
    {
        await using var venue = await TestVenue.StartAsync();
        var (ballotId, presidium, secretariat, _) = await CountedBallotAsync(venue, publish: true);

        var check = await presidium.VerifyAuditAsync();
        Assert.True(check.Intact, check.Problem?.Reason);
        Assert.Null(check.Problem);
        Assert.Equal(check.Entries, (await presidium.AuditAsync()).Count);

        string closedHash, lastHash;
        using (var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            closedHash = connection.Scalar<string>(
                "SELECT Hash FROM AuditEntries WHERE BallotId = $b AND Action = 'ballot-closed'", ("$b", ballotId))!;
            lastHash = connection.Scalar<string>("SELECT Hash FROM AuditEntries ORDER BY Id DESC LIMIT 1")!;
        }
        Assert.Equal(lastHash, check.Head);
        Assert.Matches("^[0-9a-f]{64}$", closedHash);

        var record = await secretariat.CountRecordAsync(ballotId);
        Assert.Equal(closedHash, record.AuditHead);
        var notice = (await secretariat.NoticesAsync(record.Result.SittingId)).Single();
        var document = JsonSerializer.Deserialize<NoticeDocument>(await secretariat.DownloadAsync(notice.JsonUrl), ResultStore.Json)!;
        Assert.Equal(closedHash, document.AuditHead);
        using var workbook = new MemoryStream(await secretariat.DownloadAsync(notice.XlsxUrl));
        var lines = workbook.Query(sheetName: "公告").Select(r => string.Join(" ", ((IDictionary<string, object?>)r).Values)).ToList();
        Assert.Contains(lines, l => l.Contains("操作记录校验值（SHA-256）") && l.Contains(closedHash));
        var pdf = Path.Combine(Artifacts.Folder("notices"), "notice-audit-head.pdf");
        await File.WriteAllBytesAsync(pdf, await secretariat.DownloadAsync(notice.PdfUrl));
        var text = Regex.Replace(await Programs.RunAsync("pdftotext", pdf, "-"), @"\s", "");
        // The footer gives the three values whole: the record, the box root and the audit head.
        Assert.Contains($"计票记录校验值（SHA-256）：{record.RecordSha256}票箱校验值（SHA-256）：{record.Result.BoxRoot}操作记录校验值（SHA-256）：{closedHash}", text);
    }

    [Fact]
    public async Task WritesThatShareOneCommitAndARefusedOneAmongThemLeaveAnExactChain()
    {
        await using var venue = await TestVenue.StartAsync();
        var writer = venue.Service<GroupCommitWriter>();
        var batchesBefore = writer.CommittedBatches;
        var writes = Enumerable.Range(0, 60).Select(i => writer.WriteAsync(tx =>
        {
            AuditTrail.Record(tx, Actor.Server, DateTimeOffset.UtcNow, AuditAction.SittingCreated, $"写入{i}");
            // Every fifth write is refused after its entry: its savepoint takes the entry back with it.
            return i % 5 == 4 ? throw new InvalidOperationException("refused") : i;
        })).ToList();
        var written = await Task.WhenAll(writes.Select(async write =>
        {
            try { return await write; }
            catch (InvalidOperationException) { return -1; }
        }));
        Assert.Equal(12, written.Count(w => w < 0));
        Assert.True(writer.CommittedBatches - batchesBefore < 60, "the writes shared commits");

        var issued = await venue.Api(venue.BootstrapCode!).IssueStaffCredentialAsync(Role.Presidium, "执行主席");
        var check = await venue.Api(issued.Code).VerifyAuditAsync();
        Assert.True(check.Intact, check.Problem?.Reason);
        var summaries = (await venue.Api(issued.Code).AuditAsync()).Select(e => e.Summary).Where(s => s.StartsWith("写入")).ToList();
        Assert.Equal(Enumerable.Range(0, 60).Where(i => i % 5 != 4).Select(i => $"写入{i}"), summaries);
    }

    [Fact]
    public async Task AChangedSummaryIsFoundAtItsEntry()
    {
        await using var venue = await TestVenue.StartAsync();
        var (ballotId, presidium, _, code) = await CountedBallotAsync(venue, publish: false);
        Assert.True((await presidium.VerifyAuditAsync()).Intact);
        await venue.StopAsync();

        var changed = Tamper(venue.DatabasePath, connection =>
        {
            var id = connection.Scalar<long>("SELECT Id FROM AuditEntries WHERE BallotId = $b AND Action = 'ballot-closed'", ("$b", ballotId));
            connection.Execute("UPDATE AuditEntries SET Summary = Summary || '（已改）' WHERE Id = $id", ("$id", id));
            return id;
        });

        await using var restarted = await TestVenue.RestartOnAsync(venue.DataDirectory);
        var check = await restarted.Api(code).VerifyAuditAsync();
        Assert.False(check.Intact);
        Assert.Equal(changed, check.Problem!.EntryId);
        Assert.Equal("audit-chain-changed", check.Problem.Code);
        Assert.Equal($"第 {changed} 条的内容与其校验值不符（记录被改动）", check.Problem.Reason);
        await restarted.StopAsync();
    }

    [Fact]
    public async Task AnEntryEditedIntoSomethingUnreadableIsFoundNotAFailure()
    {
        await using var venue = await TestVenue.StartAsync();
        var (ballotId, _, _, code) = await CountedBallotAsync(venue, publish: false);
        await venue.StopAsync();

        var changed = Tamper(venue.DatabasePath, connection =>
        {
            var id = connection.Scalar<long>("SELECT MIN(Id) FROM AuditEntries WHERE BallotId = $b", ("$b", ballotId));
            connection.Execute("UPDATE AuditEntries SET At = 'yesterday', CredentialId = 'nobody' WHERE Id = $id", ("$id", id));
            return id;
        });

        await using var restarted = await TestVenue.RestartOnAsync(venue.DataDirectory);
        var check = await restarted.Api(code).VerifyAuditAsync();
        Assert.Equal((changed, "audit-chain-changed"), (check.Problem!.EntryId, check.Problem.Code));
        await restarted.StopAsync();
    }

    [Fact]
    public async Task TwoEntriesWhoseContentsWereSwappedAreFound()
    {
        await using var venue = await TestVenue.StartAsync();
        var (ballotId, presidium, _, code) = await CountedBallotAsync(venue, publish: false);
        await venue.StopAsync();

        var first = Tamper(venue.DatabasePath, connection =>
        {
            var ids = connection.Query("SELECT Id FROM AuditEntries WHERE BallotId = $b ORDER BY Id", r => r.GetInt64(0), ("$b", ballotId));
            var (a, b) = (ids[0], ids[^1]);
            const string columns = "At, CredentialId, Role, Name, Address, Action, SittingId, BallotId, Summary, PrevHash, Hash";
            connection.Execute($"CREATE TEMP TABLE Swap AS SELECT Id, {columns} FROM AuditEntries WHERE Id IN ($a, $b)", ("$a", a), ("$b", b));
            foreach (var (target, source) in new[] { (a, b), (b, a) })
                connection.Execute(
                    $"UPDATE AuditEntries SET ({columns}) = (SELECT {columns} FROM temp.Swap WHERE Id = $source) WHERE Id = $target",
                    ("$source", source), ("$target", target));
            return a;
        });

        await using var restarted = await TestVenue.RestartOnAsync(venue.DataDirectory);
        var check = await restarted.Api(code).VerifyAuditAsync();
        Assert.False(check.Intact);
        Assert.Equal(first, check.Problem!.EntryId);
        Assert.Equal("audit-chain-changed", check.Problem.Code);
        await restarted.StopAsync();
    }

    [Fact]
    public async Task EntriesWrittenBeforeTheChainAreChainedAtStart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using (var old = new VenueDbContext(new DbContextOptionsBuilder<VenueDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "venue.db")};Pooling=False").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync(BeforeTheChain);
            await old.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO AuditEntries (Id, At, Name, Action, Summary) VALUES
                    (1, '2026-12-01 09:00:00.1234567+00:00', '服务器', 'sitting-created', '旧记录一'),
                    (2, '2026-12-01 09:05:00+08:00', '服务器', 'sitting-created', '旧记录二');
                """);
        }

        await using (var venue = await TestVenue.RestartOnAsync(folder))
        {
            var issued = await venue.Api(venue.BootstrapCode!).IssueStaffCredentialAsync(Role.Presidium, "执行主席");
            var presidium = venue.Api(issued.Code);
            var check = await presidium.VerifyAuditAsync();
            Assert.True(check.Intact, check.Problem?.Reason);
            Assert.True(check.Entries >= 2);
            await venue.StopAsync();
        }

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "venue.db")};Pooling=False"))
        {
            connection.Open();
            Assert.Equal(0L, connection.Scalar<long>("SELECT COUNT(*) FROM AuditEntries WHERE Hash IS NULL"));
            // Once chained, an entry is never changed again.
            var refused = Assert.Throws<SqliteException>(() => connection.Execute("UPDATE AuditEntries SET Hash = NULL WHERE Id = 1"));
            Assert.Contains("never changed", refused.Message);
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A closed and signed motion; published as a notice when asked.</summary>
    private static async Task<(int BallotId, VenueApiClient Presidium, VenueApiClient Secretariat, string PresidiumCode)> CountedBallotAsync(
        TestVenue venue, bool publish)
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (secretariat, id) = (sitting.Setup.Secretariat, sitting.Setup.SittingId);
        var chief = sitting.Setup.Chief!;
        var motion = await sitting.OpenAsync(new("关于预算调整的决议", Kind: BallotKind.Motion));
        for (var d = 0; d < 3; d++) await sitting.ChooseAsync(d, motion, (0, "for"));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        await venue.Api(chief.Credential!.Code).SignCountRecordAsync(motion.Id);
        if (publish) await secretariat.PublishAsync(motion.Id);
        var auditor = await secretariat.IssueStaffCredentialAsync(Role.Presidium, "常务主席");
        return (motion.Id, sitting.Presidium, secretariat, auditor.Code);
    }

    /// <summary>What someone with the file and no server would do: drop the trigger and edit the record by hand.</summary>
    private static long Tamper(string database, Func<SqliteConnection, long> edit)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        connection.Execute("DROP TRIGGER AuditEntries_NoUpdate");
        var id = edit(connection);
        return id;
    }
}
