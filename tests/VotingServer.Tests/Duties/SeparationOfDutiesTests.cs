using Microsoft.Data.Sqlite;
using MiniExcelLibs;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Duties;

/// <summary>
/// The two ways one member of the secretariat could change a result alone, each now refused or put on the record
/// (docs/security.md, "Separation of duties").
/// </summary>
public sealed class SeparationOfDutiesTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task TheSecretariatAloneCannotReplaceACountNorSignForTheChiefScrutineer()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 5);
        var (secretariat, id) = (sitting.Setup.Secretariat, sitting.Setup.SittingId);
        var chief = sitting.Setup.Chief!;
        var motion = await sitting.OpenAsync(new("关于预算调整的决议", Kind: BallotKind.Motion));
        for (var d = 0; d < 5; d++) await sitting.ChooseAsync(d, motion, (0, "for"));

        // 1. Hand-count the open ballot over the electronic casts: refused.
        var against = new HandCountRequest(5, 5, [new(motion.Items[0].Id, new Dictionary<string, int> { ["against"] = 5 })]);
        Assert.Equal(ErrorCodes.ConfirmationRequired, (await Assert.ThrowsAsync<VenueException>(() => secretariat.HandCountAsync(motion.Id, against))).Code);
        var result = await sitting.Presidium.CloseBallotAsync(motion.Id);
        Assert.Equal(5, result.Items[0].Counts[0].Count);

        // 2. Reissue the chief scrutineer's credential to sign with it: refused, the real code still works.
        Assert.Equal(ErrorCodes.ConfirmationRequired,
            (await Assert.ThrowsAsync<VenueException>(() => secretariat.ReissueCountingStaffCredentialAsync(id, chief.Staff.Id))).Code);
        // 3. Sign as the secretariat, and publish unsigned: refused.
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => secretariat.SignCountRecordAsync(motion.Id))).Code);
        Assert.Equal(ErrorCodes.SignaturesMissing, (await Assert.ThrowsAsync<VenueException>(() => secretariat.PublishAsync(motion.Id))).Code);
        // 4. Confirm its own request as the presidium would: refused.
        var asked = await secretariat.RequestConfirmationAsync(id, new(ConfirmationAct.ScrutineerReissue, "遗失", StaffId: chief.Staff.Id));
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => secretariat.ConfirmAsync(asked.Id))).Code);
        await sitting.Presidium.DeclineAsync(asked.Id, "监票人在场，无需补发");
        Assert.Equal(ErrorCodes.AlreadyDecided, (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.ConfirmAsync(asked.Id))).Code);
        Assert.Equal(ErrorCodes.ConfirmationRequired,
            (await Assert.ThrowsAsync<VenueException>(() => secretariat.ReissueCountingStaffCredentialAsync(id, chief.Staff.Id))).Code);

        var signed = await venue.Api(chief.Credential!.Code).SignCountRecordAsync(motion.Id);
        Assert.True(signed.Complete);
        Assert.Empty(signed.ConfirmedActs);
        Assert.True((await secretariat.CountRecordAsync(motion.Id)).Result.Passed);
    }

    [Fact]
    public async Task TheSecretariatCannotVoteInPlaceOfAnAbsentDeputyUnseen()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 6, signedIn: 5);
        var (secretariat, id) = (sitting.Setup.Secretariat, sitting.Setup.SittingId);
        var chief = sitting.Setup.Chief!;
        var absent = PreparedSitting.Number(5);
        var motion = await sitting.OpenAsync(new("关于预算调整的决议", Kind: BallotKind.Motion));

        // Sign the absent deputy in by hand, or reissue their credential, while the ballot is open: refused.
        Assert.Equal(ErrorCodes.ConfirmationRequired, (await Assert.ThrowsAsync<VenueException>(() => secretariat.SignInByHandAsync(id, absent))).Code);
        Assert.Equal(ErrorCodes.ConfirmationRequired, (await Assert.ThrowsAsync<VenueException>(() => secretariat.ReissueCredentialAsync(id, absent))).Code);
        var sheet = await Assert.ThrowsAsync<VenueException>(() => secretariat.IssueCredentialSheetAsync(id));
        Assert.Equal(ErrorCodes.ConfirmationRequired, sheet.Code);
        Assert.False((await secretariat.RosterAsync(id)).Single(d => d.Number == absent).SignedIn);
        // A deputy who has returned the ballot may get a new credential without the presidium: it can cast nothing.
        await sitting.ChooseAsync(0, motion, (0, "for"));
        await secretariat.ReissueCredentialAsync(id, PreparedSitting.Number(0));

        // With the presidium's confirmation the acts go through, and both are on the count record and the notice.
        await sitting.Setup.ConfirmedAsync(new(ConfirmationAct.HandSignIn, "代表平板故障，本人到场", DeputyNumber: absent));
        await sitting.Setup.ConfirmedAsync(new(ConfirmationAct.DeputyReissue, "代表证遗失，本人到场", DeputyNumber: absent));
        await secretariat.SignInByHandAsync(id, absent);
        var issued = await secretariat.ReissueCredentialAsync(id, absent);
        await using (var tablet = await venue.SignInAsync(issued.Code))
        {
            await tablet.CastAsync(new CastRequest(motion.Id, null, VenueConnection.NewCastId(), [new(motion.Items[0].Id, "against")]));
        }
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        var record = await venue.Api(chief.Credential!.Code).SignCountRecordAsync(motion.Id);
        Assert.Equal([ConfirmationAct.HandSignIn, ConfirmationAct.DeputyReissue], record.ConfirmedActs.Select(a => a.Act));
        Assert.All(record.ConfirmedActs, a => Assert.Contains($"代表{absent}", a.Sentence));
        var notice = await secretariat.PublishAsync(motion.Id);
        var json = System.Text.Encoding.UTF8.GetString(await secretariat.DownloadAsync(notice.JsonUrl));
        Assert.Contains("表决进行中为代表补签到", json);
        Assert.Contains("表决进行中补发代表凭证", json);
    }

    [Fact]
    public async Task EveryStateChangeNamesItsActorAndTheRecordCannotBeEdited()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 3);
        var (secretariat, id) = (sitting.Setup.Secretariat, sitting.Setup.SittingId);
        var scrutineer = sitting.Setup.Chief!;
        var motion = await sitting.OpenAsync(new("一项决定", Kind: BallotKind.Motion));
        await sitting.ChooseAsync(0, motion, (0, "for"));
        await sitting.Presidium.CloseBallotAsync(motion.Id);
        await venue.Api(scrutineer.Credential!.Code).SignCountRecordAsync(motion.Id);
        await secretariat.PublishAsync(motion.Id);

        var entries = await venue.Api(scrutineer.Credential.Code).AuditAsync(id);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => secretariat.AuditAsync(id))).Code);
        Assert.Equal(entries.TakeLast(3).Select(e => e.Id), (await sitting.Presidium.AuditAsync(id, latest: 3)).Select(e => e.Id));
        Assert.Equal(3, entries.Count(e => e.Action == AuditAction.SignedIn));
        var byAction = entries.GroupBy(e => e.Action).ToDictionary(g => g.Key, g => g.Last());
        Assert.Equal(Role.Secretariat, byAction[AuditAction.RosterImported].Actor.Role);
        Assert.Equal(Role.Secretariat, byAction[AuditAction.BallotCreated].Actor.Role);
        Assert.Equal(("执行主席", Role.Presidium), (byAction[AuditAction.BallotOpened].Actor.Name, byAction[AuditAction.BallotOpened].Actor.Role));
        Assert.Equal(Role.Presidium, byAction[AuditAction.BallotClosed].Actor.Role);
        Assert.Equal(Role.Scrutineer, byAction[AuditAction.CountRecordSigned].Actor.Role);
        Assert.Equal(Role.Secretariat, byAction[AuditAction.NoticePublished].Actor.Role);
        Assert.All(entries, e => Assert.Equal("127.0.0.1", e.Address));
        Assert.All(entries, e => Assert.NotNull(e.Actor.CredentialId));
        using var workbook = new MemoryStream(await sitting.Presidium.DownloadAsync($"/api/audit/export.xlsx?sittingId={id}"));
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(entries.Select(e => e.Summary), rows.Select(r => (string)r["内容"]));
        Assert.Equal(entries.Select(e => e.Action.Wire()), rows.Select(r => (string)r["操作"]));
        // Never a choice: no entry mentions casting, and none names an option.
        Assert.DoesNotContain(entries, e => e.Summary.Contains("赞成") && e.Action != AuditAction.BallotClosed);

        using var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Pooling=False");
        connection.Open();
        using var tamper = connection.CreateCommand();
        tamper.CommandText = "UPDATE AuditEntries SET Name = '他人'";
        Assert.Contains("never changed", Assert.Throws<SqliteException>(() => tamper.ExecuteNonQuery()).Message);
        tamper.CommandText = "DELETE FROM AuditEntries";
        Assert.Contains("never deleted", Assert.Throws<SqliteException>(() => tamper.ExecuteNonQuery()).Message);
    }
}
