using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Certification;

/// <summary>人工计票: when the electronic vote fails, the hand-counted totals are counted by the same rules.</summary>
public sealed class HandCountTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task HandCountedTotalsOfA票决AreCountedSignedAndPublishedAsCountedByHand()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 9);
        var secretariat = sitting.Setup.Secretariat;
        var scrutineer = sitting.Setup.Chief!;
        var ballot = sitting.Setup.Ballot;
        var items = ballot.Items.Select(i => i.Id).ToList();
        HandCountItem For(int item, int votes) => new(items[item], new Dictionary<string, int> { ["for"] = votes });

        var impossible = await Assert.ThrowsAsync<VenueException>(() => secretariat.HandCountAsync(ballot.Id,
            new(9, 9, [For(0, 9), For(1, 9), For(2, 9), For(3, 9), For(4, 9)], InvalidBallots: 1)));
        Assert.Equal(ErrorCodes.Invalid, impossible.Code);
        Assert.StartsWith("人工计票数据有误：", impossible.Message);
        Assert.Equal(BallotState.Draft, (await secretariat.BallotsAsync(sitting.Setup.SittingId)).Single().State);

        var result = await secretariat.HandCountAsync(ballot.Id,
            new(9, 9, [For(0, 8), For(1, 7), For(2, 6), For(3, 3), For(4, 0)], InvalidBallots: 1, Note: "电子表决系统故障，改用纸质选票"));
        Assert.Equal("电子表决系统故障，改用纸质选票", result.CountNote);
        Assert.Equal((CountMethods.ByHand, 9, 9, 8, 1), (result.CountedBy, result.Issued, result.Returned, result.Valid, result.Invalid));
        Assert.Equal([8, 7, 6, 3, 0], result.Items.Select(i => i.Votes));
        Assert.Equal([items[0], items[1], items[2]], result.Adopted);
        Assert.EndsWith("本次表决使用纸质选票，由监票人监督人工计票。", result.Announcement);

        await venue.Api(scrutineer.Credential!.Code).SignCountRecordAsync(ballot.Id);
        var notice = await secretariat.PublishAsync(ballot.Id);
        var pdf = Path.Combine(Artifacts.Folder("notices"), "notice-by-hand.pdf");
        await File.WriteAllBytesAsync(pdf, await secretariat.DownloadAsync(notice.PdfUrl));
        var text = await Programs.RunAsync("pdftotext", pdf, "-");
        Assert.Contains("计票方式：纸质选票，人工计票", text);
        Assert.Contains("说明：电子表决系统故障，改用纸质选票", text);
    }

    [Fact]
    public async Task AnOpenBallotHoldingElectronicBallotsIsHandCountedOnlyOnThePresidiumsConfirmationAndKeepsThem()
    {
        await using var sitting = await SignedInSitting.CreateAsync(venue, deputies: 6);
        var (secretariat, presidium) = (sitting.Setup.Secretariat, sitting.Presidium);
        var survey = await sitting.OpenAsync(new("满意度测评", Kind: BallotKind.Satisfaction, Items: [new("甲局"), new("乙局")]));
        await sitting.ChooseAsync(0, survey, (0, "dissatisfied"), (1, "dissatisfied"));
        var closed = Waiting.Next<BallotResultView>(h => sitting.Tablets[1].BallotClosedReceived += h);
        var totals = new HandCountRequest(6, 6,
        [
            new(survey.Items[0].Id, new Dictionary<string, int> { ["satisfied"] = 4, ["basically-satisfied"] = 1 }, Invalid: 1),
            new(survey.Items[1].Id, new Dictionary<string, int> { ["satisfied"] = 2, ["basically-satisfied"] = 2, ["dissatisfied"] = 2 }),
        ]);

        // The secretariat alone cannot replace an electronic count: refused, the ballot still open and taking casts.
        var alone = await Assert.ThrowsAsync<VenueException>(() => secretariat.HandCountAsync(survey.Id, totals));
        Assert.Equal(ErrorCodes.ConfirmationRequired, alone.Code);
        await sitting.ChooseAsync(2, survey, (0, "satisfied"), (1, "satisfied"));
        var asked = await secretariat.RequestConfirmationAsync(sitting.Setup.SittingId, new(ConfirmationAct.HandCount, "电子表决器故障，现场改用纸质选票", BallotId: survey.Id));
        Assert.Equal(ErrorCodes.ConfirmationRequired, (await Assert.ThrowsAsync<VenueException>(() => secretariat.HandCountAsync(survey.Id, totals))).Code);
        Assert.Equal(ErrorCodes.Forbidden, (await Assert.ThrowsAsync<VenueException>(() => secretariat.ConfirmAsync(asked.Id))).Code);
        await presidium.ConfirmAsync(asked.Id, "主席团同意");

        var wrongSum = totals with { Items = [totals.Items[0] with { Invalid = 0 }, totals.Items[1]] };
        Assert.Equal(ErrorCodes.Invalid, (await Assert.ThrowsAsync<VenueException>(() => secretariat.HandCountAsync(survey.Id, wrongSum))).Code);
        var result = await secretariat.HandCountAsync(survey.Id, totals);
        Assert.Equal(result.BallotId, (await closed).BallotId);
        Assert.Equal([(4, 1, 0, 1), (2, 2, 2, 0)], result.Items.Select(i => (i.Counts[0].Count, i.Counts[1].Count, i.Counts[2].Count, i.Invalid)));
        Assert.Equal([ChoiceOption.Satisfied, ChoiceOption.BasicallySatisfied], result.Items.Select(i => i.Grade));
        Assert.Contains("经主席团确认以人工计票结果为准（理由：电子表决器故障，现场改用纸质选票），电子表决票2张予以保留，未计入本结果", result.CountNote);
        Assert.Equal(ErrorCodes.BallotNotOpen, (await Assert.ThrowsAsync<VenueException>(() => sitting.ChooseAsync(3, survey, (0, "satisfied")))).Code);

        // The electronic ballots are still in the box on disk, and the record names the act and both roles.
        using (var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM BallotBox WHERE BallotId = {survey.Id}";
            Assert.Equal(2L, count.ExecuteScalar());
        }
        var act = Assert.Single((await secretariat.CountRecordAsync(survey.Id)).ConfirmedActs);
        Assert.Equal((ConfirmationAct.HandCount, ConfirmationState.Done, "执行主席"), (act.Act, act.State, act.DecidedBy!.Name));
        var audit = await presidium.AuditAsync(sitting.Setup.SittingId);
        Assert.Equal(
            [AuditAction.ConfirmationRequested, AuditAction.ConfirmationConfirmed, AuditAction.BallotHandCounted],
            audit.Where(e => e.BallotId == survey.Id && e.Action is not (AuditAction.BallotCreated or AuditAction.BallotOpened)).Select(e => e.Action));
        Assert.All(audit.Where(e => e.BallotId == survey.Id), e => Assert.NotNull(e.Actor.CredentialId));
    }

    [Fact]
    public async Task AHandCountedMotionPassesByTheSameRule()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 45);
        var motion = await sitting.Secretariat.CreateBallotAsync(sitting.SittingId, new("关于通过监票人名单的决定", Kind: BallotKind.Motion));
        var result = await sitting.Secretariat.HandCountAsync(motion.Id, new(45, 44,
            [new(motion.Items[0].Id, new Dictionary<string, int> { ["for"] = 23, ["against"] = 12, ["abstain"] = 8 }, Invalid: 1)]));
        Assert.True(result.Passed);
        Assert.Equal((44, 43, 1, 1), (result.Returned, result.Valid, result.Invalid, result.NotVoting));
        Assert.Equal(ErrorCodes.BallotNotDraft,
            (await Assert.ThrowsAsync<VenueException>(() => sitting.Presidium.OpenBallotAsync(motion.Id))).Code);
    }
}
