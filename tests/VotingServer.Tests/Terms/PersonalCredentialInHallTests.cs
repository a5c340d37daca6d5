using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Terms;

/// <summary>
/// A term deputy's personal credential is never a sitting's in-hall credential unless the secretariat says so
/// (允许代表以个人代表证签到): then it signs in and casts as the deputy's sitting credential would, at that sitting
/// alone, and the two credentials of one deputy are two devices of one deputy: one ballot.
/// </summary>
public sealed class PersonalCredentialInHallTests(SharedVenue shared) : IClassFixture<SharedVenue>
{
    private readonly TestVenue venue = shared.Venue;

    [Fact]
    public async Task APersonalCredentialIsRefusedInTheHallWhileTheSittingDoesNotAcceptIt()
    {
        var (sitting, _, personal) = await PrepareAsync("个人凭证未允许测试会议");

        var refused = await Assert.ThrowsAsync<VenueException>(() => venue.SignInAsync(personal["D001"]));
        Assert.Equal(ErrorCodes.PersonalCredentialNotAccepted, refused.Code);
        Assert.Equal("本次会议未允许代表以个人代表证签到，请使用秘书处为本次会议发放的代表证。", refused.Message);

        var roster = await sitting.Secretariat.RosterAsync(sitting.SittingId);
        Assert.DoesNotContain(roster, d => d.SignedIn);
        Assert.False((await sitting.Secretariat.SittingsAsync()).Single(s => s.Id == sitting.SittingId).AcceptPersonalCredentials);
    }

    [Fact]
    public async Task LinkingTheTermMatchesTheRosterByNumberAndNamesTheRowsThatDoNotMatch()
    {
        var (sitting, termId, _) = await PrepareAsync("届名册对应测试会议", link: false);

        var linked = await sitting.Secretariat.LinkSittingTermAsync(sitting.SittingId, termId);

        Assert.Equal((termId, false, 3), (linked.Sitting.TermId, linked.Sitting.AcceptPersonalCredentials, linked.Matched));
        Assert.Equal(["代表证号D004（个人004）不在本届代表名册中，该代表不能以个人代表证签到。"], linked.Unmatched);
        var audit = await sitting.Presidium.AuditAsync(sitting.SittingId);
        Assert.Contains(audit, e => e.Action == AuditAction.SittingTermLinked && e.Actor.Role == Role.Secretariat
            && e.Summary.Contains("3名代表与届代表名册对应，1名未对应", StringComparison.Ordinal));

        // A later roster import is matched again and says which rows did not match.
        var imported = await sitting.Secretariat.ImportRosterAsync(sitting.SittingId, Encoding.UTF8.GetBytes("姓名,代表证号,状态\n新代表,D077,在任"));
        Assert.Equal(["代表证号D004（个人004）不在本届代表名册中，该代表不能以个人代表证签到。", "代表证号D077（新代表）不在本届代表名册中，该代表不能以个人代表证签到。"],
            imported.Unmatched);
    }

    [Fact]
    public async Task WhenAcceptedThePersonalCredentialSignsInAndCastsAsTheDeputyAndTheSittingCardIsASecondDevice()
    {
        var (sitting, _, personal) = await PrepareAsync("个人凭证签到测试会议", accept: true);

        await using var phone = await venue.SignInAsync(personal["D001"]);
        var state = await phone.GetStateAsync();
        Assert.Equal((Role.TermDeputy, "D001", (int?)sitting.SittingId), (state.Me.Role, state.Me.DeputyNumber, state.Me.SittingId));
        Assert.Equal(sitting.SittingId, state.Sitting.Id);
        var d001 = (await sitting.Secretariat.RosterAsync(sitting.SittingId)).Single(d => d.Number == "D001");
        Assert.Equal((true, (SignInSource?)SignInSource.Tablet), (d001.SignedIn, d001.SignInSource));
        var me = await venue.Api(personal["D001"]).MeAsync();
        Assert.Equal((Role.TermDeputy, (int?)sitting.SittingId), (me.Role, me.SittingId));

        await using var two = await venue.SignInAsync(sitting.Codes["D002"]);
        await using var three = await venue.SignInAsync(sitting.Codes["D003"]);
        Assert.Equal(3, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Present);
        var ballot = await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);

        var receipt = await phone.CastAsync(new CastRequest(ballot.Id, [sitting.Project(0), sitting.Project(1), sitting.Project(2)], VenueConnection.NewCastId()));
        Assert.False(receipt.Duplicate);

        // The same deputy's sitting card signs in beside it, as a second device: it sees the ballot returned and
        // cannot cast it again.
        await using var card = await venue.SignInAsync(sitting.Codes["D001"]);
        Assert.Equal(new MyBallotStatus(ballot.Id, Issued: true, Cast: true), Assert.Single((await card.GetStateAsync()).MyBallots));
        var again = await Assert.ThrowsAsync<VenueException>(() =>
            card.CastAsync(new CastRequest(ballot.Id, [sitting.Project(3), sitting.Project(4), sitting.Project(2)], VenueConnection.NewCastId())));
        Assert.Equal(ErrorCodes.AlreadyCast, again.Code);
        Assert.Equal(3, (await sitting.Secretariat.AttendanceAsync(sitting.SittingId)).Present);
        var progress = Assert.Single(await sitting.Secretariat.ProgressAsync(sitting.SittingId));
        Assert.Equal((3, 1), (progress.Issued, progress.Cast));

        // The audit record says how the deputy signed in; nothing in it names a choice or links the cast to a credential.
        var audit = await sitting.Presidium.AuditAsync(sitting.SittingId);
        var signIn = Assert.Single(audit, e => e.Action == AuditAction.SignedIn && e.Actor.Role == Role.TermDeputy);
        Assert.Equal(("代表以个人代表证在平板上签到", "个人001"), (signIn.Summary, signIn.Actor.Name));
        Assert.DoesNotContain(audit, e => e.Actor.Role == Role.TermDeputy && e.Action != AuditAction.SignedIn);
    }

    [Fact]
    public async Task APersonalCredentialIsRefusedAtAnotherSittingOfTheTermThatDoesNotAcceptIt()
    {
        var (sitting, termId, personal) = await PrepareAsync("个人凭证另一会议测试", accept: false);
        var other = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4, name: "个人凭证另一会议测试（允许）");
        await other.Secretariat.LinkSittingTermAsync(other.SittingId, termId);
        await other.Secretariat.SetPersonalCredentialsAsync(other.SittingId, true);

        await using var phone = await venue.SignInAsync(personal["D001"]);

        Assert.Equal(other.SittingId, (await phone.GetStateAsync()).Sitting.Id);
        Assert.DoesNotContain(await sitting.Secretariat.RosterAsync(sitting.SittingId), d => d.SignedIn);
        Assert.Contains(await other.Secretariat.RosterAsync(other.SittingId), d => d.Number == "D001" && d.SignedIn);

        // A term deputy no roster holds has no seat anywhere.
        var refused = await Assert.ThrowsAsync<VenueException>(() => venue.SignInAsync(personal["D009"]));
        Assert.Equal(ErrorCodes.PersonalCredentialNotAccepted, refused.Code);
    }

    [Fact]
    public async Task RevokingThePersonalCredentialEndsItsHallSessionAtOnceAndLeavesTheSittingCardValid()
    {
        var (sitting, termId, personal) = await PrepareAsync("个人凭证作废测试会议", accept: true);
        await using var phone = await venue.SignInAsync(personal["D001"]);
        var closed = Closed(phone);

        await sitting.Secretariat.RevokePersonalCredentialAsync(termId, "D001");

        await closed.WaitAsync(Waiting.Timeout);
        Assert.Equal(ErrorCodes.CredentialRevoked, (await Assert.ThrowsAsync<VenueException>(() => venue.SignInAsync(personal["D001"]))).Code);
        await using var card = await venue.SignInAsync(sitting.Codes["D001"]);
        Assert.Equal("D001", (await card.GetStateAsync()).Me.DeputyNumber);
    }

    [Fact]
    public async Task ReissuingTheSittingCardLeavesThePersonalCredentialValid()
    {
        var (sitting, _, personal) = await PrepareAsync("代表证补发测试会议", accept: true);
        await using var phone = await venue.SignInAsync(personal["D001"]);

        var reissued = await sitting.Secretariat.ReissueCredentialAsync(sitting.SittingId, "D001");

        Assert.Equal("D001", (await phone.GetStateAsync()).Me.DeputyNumber);
        Assert.Equal(HubConnectionState.Connected, phone.Hub.State);
        await using var again = await venue.SignInAsync(personal["D001"]);
        await using var card = await venue.SignInAsync(reissued.Code);
        Assert.Equal(ErrorCodes.CredentialRevoked,
            (await Assert.ThrowsAsync<VenueException>(() => venue.Api(sitting.Codes["D001"]).MeAsync())).Code);
    }

    [Fact]
    public async Task TheSettingIsRefusedOnceABallotHasOpenedAndTurningItOffEndsThePersonalSessions()
    {
        var (sitting, _, personal) = await PrepareAsync("个人凭证设置锁定测试会议", accept: true);
        await using var phone = await venue.SignInAsync(personal["D001"]);
        await using var two = await venue.SignInAsync(sitting.Codes["D002"]);
        await using var three = await venue.SignInAsync(sitting.Codes["D003"]);
        await sitting.Presidium.OpenBallotAsync(sitting.Ballot.Id);
        var closed = Closed(phone);

        await sitting.Secretariat.SetPersonalCredentialsAsync(sitting.SittingId, false);

        await closed.WaitAsync(Waiting.Timeout);
        Assert.Equal(ErrorCodes.PersonalCredentialNotAccepted,
            (await Assert.ThrowsAsync<VenueException>(() => venue.SignInAsync(personal["D001"]))).Code);
        var refused = await Assert.ThrowsAsync<VenueException>(() => sitting.Secretariat.SetPersonalCredentialsAsync(sitting.SittingId, true));
        Assert.Equal((409, ErrorCodes.SittingSettingsLocked), (refused.HttpStatus, refused.Code));
        Assert.Equal("本次会议已经开始表决，不能再允许代表以个人代表证签到。", refused.Message);
        var unlink = await Assert.ThrowsAsync<VenueException>(() => sitting.Secretariat.LinkSittingTermAsync(sitting.SittingId, null));
        Assert.Equal(ErrorCodes.SittingSettingsLocked, unlink.Code);
        var audit = await sitting.Presidium.AuditAsync(sitting.SittingId);
        Assert.Equal(2, audit.Count(e => e.Action == AuditAction.PersonalCredentialsSettingChanged && e.Actor.Role == Role.Secretariat));
    }

    [Fact]
    public async Task TheSettingNeedsATermFirst()
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 2, name: "无届会议");
        var refused = await Assert.ThrowsAsync<VenueException>(() => sitting.Secretariat.SetPersonalCredentialsAsync(sitting.SittingId, true));
        Assert.Equal((400, ErrorCodes.Invalid), (refused.HttpStatus, refused.Code));
    }

    /// <summary>
    /// A sitting of D001…D004 with a ballot, and a term whose register holds D001…D003 and D009 (not on the sitting's
    /// roster), each with a personal credential.
    /// </summary>
    private async Task<(PreparedSitting Sitting, int TermId, Dictionary<string, string> Personal)> PrepareAsync(
        string name, bool link = true, bool accept = false)
    {
        var sitting = await PreparedSitting.CreateAsync(venue, venue.BootstrapCode!, deputies: 4, name: name);
        await sitting.Secretariat.ImportRosterAsync(sitting.SittingId, Encoding.UTF8.GetBytes(
            "姓名,代表证号,代表团/组,状态\n" + string.Join('\n', Enumerable.Range(1, 4).Select(i => $"个人{i:000},D{i:000},第1代表组,在任"))));
        var term = await sitting.Secretariat.CreateTermAsync(new CreateTermRequest($"{name}所属届"));
        await sitting.Secretariat.ImportTermRegisterAsync(term.Id, Encoding.UTF8.GetBytes(
            "姓名,代表证号,代表联络站,状态\n个人001,D001,城关代表联络站,在任\n个人002,D002,城关代表联络站,在任\n个人003,D003,城关代表联络站,在任\n届外009,D009,城关代表联络站,在任"));
        var personal = new Dictionary<string, string>();
        foreach (var number in new[] { "D001", "D002", "D003", "D009" })
            personal[number] = (await sitting.Secretariat.IssuePersonalCredentialAsync(term.Id, number)).Code;
        if (link) await sitting.Secretariat.LinkSittingTermAsync(sitting.SittingId, term.Id);
        if (accept) Assert.True((await sitting.Secretariat.SetPersonalCredentialsAsync(sitting.SittingId, true)).AcceptPersonalCredentials);
        return (sitting, term.Id, personal);
    }

    private static Task Closed(VenueConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }
}
