using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.Tally.Records;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;
using PeoplesCongress.VotingServer.Certification;
using PeoplesCongress.VotingServer.Credentials;
using PeoplesCongress.VotingServer.Infrastructure;

namespace PeoplesCongress.VotingServer.Tests.Certification;

/// <summary>
/// The count record commits to the box and the audit record; a scrutineer's signature is made with the key of the card
/// presented and says which key; the server signs every notice with its own key (issue #14, items 2–4).
/// </summary>
public sealed class SignedRecordTests
{
    [Fact]
    public async Task TheRecordCommitsToTheBoxAndTheChainAndEachSignatureProvesWhichCardSignedIt()
    {
        // Its own server: the test reads the database file and the server's key file behind the server's back.
        await using var venue = await TestVenue.StartAsync();
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var secretariat = sitting.Setup.Secretariat;
        var id = sitting.Setup.SittingId;
        var chief = sitting.Setup.Chief!;
        var second = await secretariat.AddCountingStaffAsync(id, new("杨春梅", CountingRole.Scrutineer));

        var ballot = sitting.Setup.Ballot;
        await sitting.Presidium.OpenBallotAsync(ballot.Id);
        for (var d = 0; d < 9; d++) await sitting.MarkAsync(d, ballot, d < 6 ? [0, 1] : [2]);
        var closed = await sitting.Presidium.CloseBallotAsync(ballot.Id);

        using var db = Open(venue);
        var box = db.Query("SELECT Choices FROM BallotBox WHERE BallotId = $b ORDER BY BoxKey", r => r.GetString(0), ("$b", ballot.Id));
        Assert.Equal(9, box.Count);
        Assert.Equal(BoxCommitment.Root(box), closed.BoxRoot);
        Assert.NotEqual(BoxCommitment.Root(box.Skip(1).ToList()), closed.BoxRoot);
        var closing = db.Query("SELECT Hash FROM AuditEntries WHERE BallotId = $b AND Action = 'ballot-closed'", r => r.GetString(0), ("$b", ballot.Id));
        Assert.Equal(closing.Single(), closed.AuditHead);
        var stored = db.Query("SELECT ResultJson, BoxRoot, AuditHead FROM Ballots WHERE Id = $b",
            r => (Json: r.GetString(0), Root: r.GetString(1), Head: r.GetString(2)), ("$b", ballot.Id)).Single();
        Assert.Equal((closed.BoxRoot, closed.AuditHead), (stored.Root, stored.Head));
        // Inside the stored record, so the signatures over it cover both.
        Assert.Contains($"\"boxRoot\":\"{closed.BoxRoot}\"", stored.Json);
        Assert.Contains($"\"auditHead\":\"{closed.AuditHead}\"", stored.Json);
        Assert.Equal(closed.AuditHead, (await secretariat.CountRecordAsync(ballot.Id)).AuditHead);

        var record = await venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id);
        var first = Assert.Single(record.Signatures);
        Assert.Equal(KeyOf(chief.Credential.Code), first.SigningKey);
        Assert.Equal(RecordSignatures.Fingerprint(first.SigningKey!), first.KeyFingerprint);
        var (signature, key) = StoredSignature(db, ballot.Id, chief.Staff.Id);
        Assert.Equal((first.Signature, first.SigningKey), (signature, key));
        Assert.True(RecordSignatures.Verify(key, stored.Json, signature));
        Assert.False(RecordSignatures.Verify(key, stored.Json.Replace("\"valid\":9", "\"valid\":8"), signature));
        Assert.Contains($"签名密钥指纹 {first.KeyFingerprint}",
            db.Query("SELECT Summary FROM AuditEntries WHERE Action = 'count-record-signed'", r => r.GetString(0)).Single());

        // A lost card: reissued with the presidium's confirmation, it signs with a new key; the old card signs nothing.
        await sitting.Setup.ConfirmedAsync(new(ConfirmationAct.ScrutineerReissue, "凭证遗失", StaffId: chief.Staff.Id));
        var reissued = await secretariat.ReissueCountingStaffCredentialAsync(id, chief.Staff.Id);
        var motion = await sitting.OpenAsync(new("一项决定", Kind: BallotKind.Motion));
        for (var d = 0; d < 9; d++) await sitting.ChooseAsync(d, motion, (0, d < 7 ? "for" : "against"));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        Assert.Equal(ErrorCodes.CredentialRevoked,
            (await Assert.ThrowsAsync<VenueException>(() => venue.Api(chief.Credential.Code).SignCountRecordAsync(motion.Id))).Code);
        var again = Assert.Single((await venue.Api(reissued.Code).SignCountRecordAsync(motion.Id)).Signatures);
        Assert.NotEqual(first.KeyFingerprint, again.KeyFingerprint);
        Assert.Equal(KeyOf(reissued.Code), again.SigningKey);
        var motionJson = db.Query("SELECT ResultJson FROM Ballots WHERE Id = $b", r => r.GetString(0), ("$b", motion.Id)).Single();
        var (motionSignature, motionKey) = StoredSignature(db, motion.Id, chief.Staff.Id);
        Assert.True(RecordSignatures.Verify(motionKey, motionJson, motionSignature));
        Assert.True(RecordSignatures.Verify(key, stored.Json, signature));
        Assert.False(RecordSignatures.Verify(key, motionJson, motionSignature));
        // The first record still shows the old card's key: it was that card that signed it.
        Assert.Equal(first.KeyFingerprint, (await secretariat.CountRecordAsync(ballot.Id)).Signatures.Single().KeyFingerprint);

        // The server signs the notice; the document names the key and carries the box root and the audit head.
        var secondSigned = await venue.Api(second.Credential!.Code).SignCountRecordAsync(ballot.Id);
        Assert.Equal(2, secondSigned.Signatures.Select(s => s.KeyFingerprint).Distinct().Count());
        var notice = await secretariat.PublishAsync(ballot.Id);
        var anyone = venue.Api("");
        var server = await anyone.ServerKeyAsync();
        Assert.Equal(RecordSignatures.Fingerprint(server.PublicKey), server.Fingerprint);
        using (var onDisk = ECDsa.Create())
        {
            onDisk.ImportFromPem(await File.ReadAllTextAsync(Path.Combine(venue.DataDirectory, ServerSigningKey.FileName)));
            Assert.Equal(RecordSignatures.PublicKey(onDisk), server.PublicKey);
        }
        var json = Encoding.UTF8.GetString(await anyone.DownloadAsync(notice.JsonUrl));
        Assert.True(RecordSignatures.Verify(server.PublicKey, json, notice.ServerSignature!));
        Assert.False(RecordSignatures.Verify(server.PublicKey, json.Replace("公告 第1号", "公告 第2号"), notice.ServerSignature!));
        Assert.Equal(notice.ServerSignature, (await anyone.NoticesAsync(id)).Single().ServerSignature);
        Assert.Equal(notice.ServerSignature, db.Query("SELECT ServerSignature FROM Notices", r => r.GetString(0)).Single());
        var document = JsonSerializer.Deserialize<NoticeDocument>(json, JsonSerializerOptions.Web)!;
        Assert.Equal((server.Fingerprint, closed.BoxRoot, closed.AuditHead), (document.ServerKeyFingerprint, document.BoxRoot, document.AuditHead));
        Assert.Equal(secondSigned.Signatures.Select(s => s.KeyFingerprint), document.Signatures.Select(s => s.KeyFingerprint));
        // Every scrutineer's signature checks against the record as stored, from the notice alone.
        Assert.All(document.Signatures, s => Assert.True(RecordSignatures.Verify(s.SigningKey!, stored.Json, s.Signature!)));

        // The PDF's certification block gives the first 16 digits of each; the workbook gives them whole.
        var pdfPath = Path.Combine(Artifacts.Folder("notices"), "notice-signed.pdf");
        await File.WriteAllBytesAsync(pdfPath, await anyone.DownloadAsync(notice.PdfUrl));
        var text = await Programs.RunAsync("pdftotext", "-layout", pdfPath, "-");
        Assert.Contains($"票箱校验值：{RecordSignatures.ShortFingerprint(closed.BoxRoot!)}", text);
        Assert.Contains($"操作记录校验值：{RecordSignatures.ShortFingerprint(closed.AuditHead!)}", text);
        Assert.Contains($"服务器签名密钥指纹：{RecordSignatures.ShortFingerprint(server.Fingerprint)}", text);
        Assert.Contains($"总监票人陈海涛签名密钥指纹：{RecordSignatures.ShortFingerprint(first.KeyFingerprint!)}", text);
        await Programs.RunAsync("pdftoppm", "-png", "-r", "110", pdfPath, Path.ChangeExtension(pdfPath, null));
        using var workbook = new MemoryStream(await anyone.DownloadAsync(notice.XlsxUrl));
        var lines = workbook.Query(sheetName: "公告").Select(r => string.Join(" ", ((IDictionary<string, object?>)r).Values)).ToList();
        Assert.Contains(lines, l => l.Contains("票箱校验值（SHA-256）") && l.Contains(closed.BoxRoot!));
        Assert.Contains(lines, l => l.Contains("服务器签名密钥指纹") && l.Contains(server.Fingerprint));
        Assert.Contains(lines, l => l.Contains("监票人杨春梅签名密钥指纹") && l.Contains(document.Signatures[1].KeyFingerprint!));
    }

    [Fact]
    public async Task ACardIssuedBeforeCardsCarriedKeysIsRefusedAndAHandCountCommitsToItsEmptyBox()
    {
        await using var venue = await TestVenue.StartAsync();
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var secretariat = sitting.Setup.Secretariat;
        var chief = sitting.Setup.Chief!;
        var ballot = sitting.Setup.Ballot;
        var items = ballot.Items.Select(i => i.Id).ToList();
        var result = await secretariat.HandCountAsync(ballot.Id,
            new(3, 3, [.. items.Select(i => new HandCountItem(i, new Dictionary<string, int> { ["for"] = 1 }))]));
        Assert.Equal(BoxCommitment.Root([]), result.BoxRoot);

        using (var db = Open(venue))
        {
            using var legacy = db.CreateCommand();
            legacy.CommandText = "UPDATE Credentials SET SigningKey = NULL WHERE Id = (SELECT CredentialId FROM CountingStaff WHERE Id = $s)";
            legacy.Parameters.AddWithValue("$s", chief.Staff.Id);
            Assert.Equal(1, legacy.ExecuteNonQuery());
        }
        var refused = await Assert.ThrowsAsync<VenueException>(() => venue.Api(chief.Credential!.Code).SignCountRecordAsync(ballot.Id));
        Assert.Equal(ErrorCodes.SigningKeyNotRegistered, refused.Code);
        Assert.Contains("补发凭证", refused.Message);
        Assert.Empty((await secretariat.CountRecordAsync(ballot.Id)).Signatures);
    }

    private static string KeyOf(string code) => CredentialKeys.PublicKeys(CredentialCode.Normalize(code)!).Signing;

    private static (string Signature, string Key) StoredSignature(SqliteConnection db, int ballotId, int staffId) =>
        db.Query("SELECT Signature, SigningKey FROM CountSignatures WHERE BallotId = $b AND CountingStaffId = $s",
            r => (r.GetString(0), r.GetString(1)), ("$b", ballotId), ("$s", staffId)).Single();

    private static SqliteConnection Open(TestVenue venue)
    {
        var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
