using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Certification;

public sealed class PublicationTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task SignedCountRecordsArePublishedAsNumberedNoticesInPdfXlsxAndJson()
    {
        // Its own server: the test writes to the database file behind the server's back.
        await using var venue = await TestVenue.StartAsync();
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var secretariat = sitting.Setup.Secretariat;
        var chief = sitting.Setup.Chief!;
        var second = await secretariat.AddCountingStaffAsync(sitting.Setup.SittingId, new("杨春梅", CountingRole.Scrutineer));
        var teller = await secretariat.AddCountingStaffAsync(sitting.Setup.SittingId, new("周明", CountingRole.Teller));
        Assert.Null(teller.Credential);
        var chiefApi = venue.Api(chief.Credential!.Code);
        var secondApi = venue.Api(second.Credential!.Code);

        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 7 ? [0, 1] : [2]);
        await sitting.Presidium.CloseBallotAsync(ballot.Id);

        var record = await secretariat.CountRecordAsync(ballot.Id);
        Assert.Equal(["陈海涛", "杨春梅"], record.AwaitingSignatures);
        Assert.False(record.Complete);
        Assert.Equal(ErrorCodes.SignaturesMissing, (await Assert.ThrowsAsync<VenueException>(() => secretariat.PublishAsync(ballot.Id))).Code);
        await chiefApi.SignCountRecordAsync(ballot.Id);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => chiefApi.PublishAsync(ballot.Id))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => venue.Api(sitting.Setup.Codes.Values.First()).SignCountRecordAsync(ballot.Id))).Code);
        record = await secondApi.SignCountRecordAsync(ballot.Id);
        Assert.True(record.Complete);
        Assert.Equal(["陈海涛", "杨春梅"], record.Signatures.Select(s => s.Name));

        var notice = await secretariat.PublishAsync(ballot.Id);
        Assert.Equal((1, ballot.Id), (notice.Number, notice.BallotId));
        Assert.Equal(ErrorCodes.AlreadyPublished, (await Assert.ThrowsAsync<VenueException>(() => secretariat.PublishAsync(ballot.Id))).Code);
        var anyone = venue.Api("");
        Assert.Equal([1], (await anyone.NoticesAsync(sitting.Setup.SittingId)).Select(n => n.Number));

        var json = await anyone.DownloadAsync(notice.JsonUrl);
        Assert.Equal(notice.Sha256, Convert.ToHexStringLower(SHA256.HashData(json)));
        Assert.Contains("\"heading\":\"公告 第1号\"", Encoding.UTF8.GetString(json));

        var pdfPath = Path.Combine(Artifacts.Folder("notices"), "notice-selection.pdf");
        await File.WriteAllBytesAsync(pdfPath, await anyone.DownloadAsync(notice.PdfUrl));
        var text = await Programs.RunAsync("pdftotext", "-layout", pdfPath, "-");
        Assert.Contains("测试镇人民代表大会第一次会议", text);
        Assert.Contains("第1号", text);
        Assert.Contains("发出表决票9张，收回9张，有效票9张，无效票0张，本次票决有效。", string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
        Assert.Matches(@"危桥改造项目\s+7\s+0\s+确定为民生实事项目", text);
        Assert.Matches(@"3500亩优质油菜种植项目\s+2\s+0\s+未获通过", text);
        Assert.Contains("总监票人：陈海涛", text);
        Assert.Contains("计票人：周明", text);
        await Programs.RunAsync("pdftoppm", "-png", "-r", "110", "-singlefile", pdfPath, Path.ChangeExtension(pdfPath, null));
        Assert.True(new FileInfo(Path.ChangeExtension(pdfPath, ".png")).Length > 10_000);

        using var xlsx = new MemoryStream(await anyone.DownloadAsync(notice.XlsxUrl));
        var rows = xlsx.Query(useHeaderRow: true, sheetName: "计票").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["7", "7", "2", "0", "0"], rows.Select(r => Convert.ToString(r["赞成票"])));

        using var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Pooling=False");
        connection.Open();
        using var tamper = connection.CreateCommand();
        tamper.CommandText = "UPDATE Notices SET DocumentJson = '{}'";
        Assert.Contains("cannot be changed", Assert.Throws<SqliteException>(() => tamper.ExecuteNonQuery()).Message);
    }

    [Fact]
    public async Task ALostScrutineerCredentialIsReissuedAndAnUnsignedDesignationCanBeWithdrawn()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var secretariat = sitting.Setup.Secretariat;
        var id = sitting.Setup.SittingId;
        var chief = sitting.Setup.Chief!;
        var absent = await secretariat.AddCountingStaffAsync(id, new("杨春梅", CountingRole.Scrutineer));
        var motion = await sitting.OpenAsync(new("一项决定", Kind: BallotKind.Motion));
        await sitting.Presidium.CloseBallotAsync(motion.Id);

        Assert.Equal(ErrorCodes.ConfirmationRequired,
            (await Assert.ThrowsAsync<VenueException>(() => secretariat.ReissueCountingStaffCredentialAsync(id, chief.Staff.Id))).Code);
        await sitting.Setup.ConfirmedAsync(new(ConfirmationAct.ScrutineerReissue, "凭证遗失", StaffId: chief.Staff.Id));
        var reissued = await secretariat.ReissueCountingStaffCredentialAsync(id, chief.Staff.Id);
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.Api(chief.Credential!.Code).SignCountRecordAsync(motion.Id))).Code);
        await venue.Api(reissued.Code).SignCountRecordAsync(motion.Id);
        Assert.Equal(ErrorCodes.Invalid, (await Assert.ThrowsAsync<VenueException>(() => secretariat.WithdrawCountingStaffAsync(id, chief.Staff.Id))).Code);

        await secretariat.WithdrawCountingStaffAsync(id, absent.Staff.Id);
        Assert.True((await secretariat.CountRecordAsync(motion.Id)).Complete);
        Assert.Equal(["陈海涛"], (await secretariat.CountingStaffAsync(id)).Select(s => s.Name));
        var record = await secretariat.CountRecordAsync(motion.Id);
        Assert.Equal("经主席团确认（执行主席），秘书处补发监票人凭证：总监票人陈海涛。理由：凭证遗失；主席团说明：主席团会议同意。",
            Assert.Single(record.ConfirmedActs).Sentence);
        var notice = await secretariat.PublishAsync(motion.Id);
        Assert.Equal(1, notice.Number);
        Assert.Contains("补发监票人凭证：总监票人陈海涛", System.Text.Encoding.UTF8.GetString(await secretariat.DownloadAsync(notice.JsonUrl)));
    }

    [Fact]
    public async Task AScrutineerOfAnotherSittingCannotSign()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var other = await sitting.Setup.Secretariat.CreateSittingAsync(new CreateSittingRequest("另一次会议"));
        var stranger = await sitting.Setup.Secretariat.AddCountingStaffAsync(other.Id, new("外会监票人", CountingRole.Scrutineer));
        var motion = await sitting.OpenAsync(new("一项决定", Kind: BallotKind.Motion));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        var refused = await Assert.ThrowsAsync<VenueException>(() => venue.Api(stranger.Credential!.Code).SignCountRecordAsync(motion.Id));
        Assert.Equal("您不是本次会议指定的监票人，不能签署计票记录。", refused.Message);
        Assert.Empty((await sitting.Setup.Secretariat.CountRecordAsync(motion.Id)).Signatures);
    }
}
