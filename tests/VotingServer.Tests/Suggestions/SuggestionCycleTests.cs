using Microsoft.Data.Sqlite;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VoterClient;

namespace PeoplesCongress.VotingServer.Tests.Suggestions;

/// <summary>
/// A deputy's suggestion through its whole cycle (RULES.md "Between sittings") on a server whose clock lives through
/// the months: submitted on the phone, assigned, answered B, rated 不满意, re-handled within its own deadline,
/// answered A, rated 满意; each step only by the one who may take it, and the figures as they follow.
/// </summary>
public sealed class SuggestionCycleTests : IAsyncLifetime
{
    private readonly ShiftableClock clock = new();
    private TestVenue venue = null!;
    private PreparedTerm term = null!;

    public async Task InitializeAsync()
    {
        venue = await TestVenue.StartWithClockAsync(clock);
        clock.MoveTo(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        term = await PreparedTerm.CreateAsync(venue, venue.BootstrapCode!);
    }

    public async Task DisposeAsync() => await venue.DisposeAsync();

    private VenueApiClient Deputy(int index) => venue.Api(term.DeputyCodes[PreparedTerm.Number(index)]);
    private VenueApiClient Department(int index) => venue.Api(term.DepartmentCodes[PreparedTerm.DepartmentNames[index]]);
    private int DepartmentId(int index) => term.Departments[PreparedTerm.DepartmentNames[index]].Id;

    [Fact]
    public async Task SuggestionAnsweredBRatedDissatisfiedIsRehandledAnsweredAAndRatedSatisfied()
    {
        var author = Deputy(0);
        var submitted = await author.SubmitSuggestionAsync(term.TermId, new("关于加快老旧小区改造的建议", "城关片区12个老旧小区管网老化，建议列入年度改造计划。", ["T002"]));
        Assert.Equal((SuggestionState.Submitted, "001", "城关代表联络站"), (submitted.State, submitted.Number, submitted.Station));
        Assert.Equal(["届代表002"], submitted.CoSigners);

        var assigned = await term.Secretariat.AssignSuggestionAsync(term.TermId, submitted.Id, new(DepartmentId(0), [DepartmentId(1)]));
        Assert.Equal(new DateOnly(2027, 6, 1), assigned.Rounds.Single().DueOn);
        Assert.Equal("区交通运输局", Assert.Single(assigned.CoDepartments));

        // A co-department sees it but does not answer; the lead department answers once.
        Assert.Single(await Department(1).SuggestionsAsync(term.TermId));
        await AssertRefused(ErrorCodes.NotFound, Department(1).AnswerSuggestionAsync(term.TermId, submitted.Id, new(AnswerClassCode.A, "已解决")));
        clock.AdvanceDays(40);
        var answered = await Department(0).AnswerSuggestionAsync(term.TermId, submitted.Id, new(AnswerClassCode.B, "已列入2027年改造计划，三季度开工。"));
        Assert.Equal((SuggestionState.Answered, new DateOnly(2027, 4, 10)), (answered.State, answered.Rounds[0].AnsweredOn!.Value));
        await AssertRefused(ErrorCodes.SuggestionState, Department(0).AnswerSuggestionAsync(term.TermId, submitted.Id, new(AnswerClassCode.A, "再答")));

        // Only the deputy who made it rates; 不满意 needs a reason and sends it back with a month to answer again.
        await AssertRefused(ErrorCodes.NotFound, Deputy(1).RateSuggestionAsync(term.TermId, submitted.Id, new(HandlingRatingCode.Satisfied)));
        await AssertRefused(ErrorCodes.Invalid, author.RateSuggestionAsync(term.TermId, submitted.Id, new(HandlingRatingCode.Dissatisfied)));
        clock.AdvanceDays(5);
        var sentBack = await author.RateSuggestionAsync(term.TermId, submitted.Id, new(HandlingRatingCode.Dissatisfied, "未明确开工时间和资金来源。"));
        Assert.Equal(SuggestionState.Rehandling, sentBack.State);
        Assert.Equal((2, new DateOnly(2027, 4, 15), new DateOnly(2027, 5, 15)), (sentBack.Rounds[1].Round, sentBack.Rounds[1].AssignedOn, sentBack.Rounds[1].DueOn));

        clock.AdvanceDays(20);
        await Department(0).AnswerSuggestionAsync(term.TermId, submitted.Id, new(AnswerClassCode.A, "资金已落实，7月1日开工，年底完工。"));
        var closed = await author.RateSuggestionAsync(term.TermId, submitted.Id, new(HandlingRatingCode.Satisfied, "答复具体。"));
        Assert.Equal((SuggestionState.Closed, "已办结"), (closed.State, closed.StateLabel));
        await AssertRefused(ErrorCodes.SuggestionState, author.RateSuggestionAsync(term.TermId, submitted.Id, new(HandlingRatingCode.Satisfied)));

        var figures = await term.Secretariat.SuggestionFiguresAsync(term.TermId);
        var overall = figures.Overall;
        Assert.Equal((1, 1, 1, 1, "100.00"), (overall.Total, overall.Assigned, overall.Due, overall.AnsweredOnTime, overall.OnTimeRate.Percent));
        Assert.Equal((1, 1, 0, 0, "100.00"), (overall.Answered, overall.ClassA, overall.ClassB, overall.ClassC, overall.ShareA.Percent));
        Assert.Equal((1, 1, "100.00", "100.00"), (overall.Rated, overall.Satisfied, overall.SatisfiedRate.Percent, overall.SatisfiedOrBasicallyRate.Percent));
        Assert.Equal(submitted.Id, Assert.Single(figures.Rehandled).Id);
        Assert.Equal([("区交通运输局", 0), ("区住房和城乡建设局", 1), ("区教育体育局", 0)], figures.ByDepartment.Select(d => (d.Name, d.Figures.Assigned)));
        Assert.Equal([("东关代表联络站", 0), ("城关代表联络站", 1), ("江北代表联络站", 0)], figures.ByStation.Select(d => (d.Name, d.Figures.Total)));
        Assert.Empty(figures.Overdue);

        // Every step is in the audit record under the name of who took it; the rating's words are not.
        var audit = await AuditSummariesAsync();
        Assert.Contains(audit, a => a.Name == "届代表001" && a.Summary.Contains("第001号建议", StringComparison.Ordinal) && a.Action == "suggestion-submitted");
        Assert.Equal(2, audit.Count(a => a.Name == "区住房和城乡建设局" && a.Action == "suggestion-answered"));
        Assert.Equal(2, audit.Count(a => a.Name == "届代表001" && a.Action == "suggestion-rated"));
        Assert.DoesNotContain(audit, a => a.Summary.Contains("未明确开工时间", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverdueRoundsAreRemindedToTheSecretariatAndOnlyTheirOwnToEachDepartment()
    {
        var first = await Deputy(0).SubmitSuggestionAsync(term.TermId, new("关于增设公交线路的建议", "江北新区无公交线路。"));
        var second = await Deputy(1).SubmitSuggestionAsync(term.TermId, new("关于校园周边交通安全的建议", "上下学高峰拥堵。"));
        await term.Secretariat.AssignSuggestionAsync(term.TermId, first.Id, new(DepartmentId(1)));
        await term.Secretariat.AssignSuggestionAsync(term.TermId, second.Id, new(DepartmentId(2), Difficult: true));

        clock.AdvanceDays(80);
        var due = await term.Secretariat.SuggestionRemindersAsync(term.TermId);
        Assert.Equal([first.Id], due.Select(d => d.Id));
        Assert.Equal(12, due[0].DaysLeft);
        Assert.Empty(await Department(2).SuggestionRemindersAsync(term.TermId));

        clock.AdvanceDays(20);
        var overdue = Assert.Single(await Department(1).SuggestionRemindersAsync(term.TermId));
        Assert.Equal((first.Id, -8), (overdue.Id, overdue.DaysLeft));
        var figures = await term.Secretariat.SuggestionFiguresAsync(term.TermId);
        Assert.Equal((first.Id, 8), (Assert.Single(figures.Overdue).Id, -figures.Overdue[0].DaysLeft));
        Assert.Equal((2, 1, 0, "0.00"), (figures.Overall.Assigned, figures.Overall.Due, figures.Overall.AnsweredOnTime, figures.Overall.OnTimeRate.Percent));
        // On an earlier day the same suggestion was not yet due.
        Assert.Empty((await term.Secretariat.SuggestionFiguresAsync(term.TermId, new DateOnly(2027, 5, 1))).Overdue);
    }

    [Fact]
    public async Task PersonalCredentialIsNoHallCredentialWhereNoSittingAcceptsItAndEndsWithTheMandate()
    {
        var code = term.DeputyCodes["T003"];
        var me = await venue.Api(code).MeAsync();
        Assert.Equal((Role.TermDeputy, "届代表003", "T003", (int?)term.TermId), (me.Role, me.Name, me.DeputyNumber, me.TermId));
        await AssertRefused(ErrorCodes.PersonalCredentialNotAccepted, venue.SignInAsync(code));
        await AssertRefused(ErrorCodes.Forbidden, venue.Api(code).SittingsAsync());
        // Another term is not found to it.
        await AssertRefused(ErrorCodes.NotFound, venue.Api(code).TermAsync(term.TermId + 1));

        await term.Secretariat.ImportTermRegisterAsync(term.TermId, System.Text.Encoding.UTF8.GetBytes("姓名,代表证号,代表联络站,状态\n届代表003,T003,东关代表联络站,代表资格终止\n"));
        await AssertRefused(ErrorCodes.CredentialRevoked, venue.Api(code).MeAsync());
        await AssertRefused(ErrorCodes.DeputyNotCurrent, term.Secretariat.IssuePersonalCredentialAsync(term.TermId, "T003"));
        Assert.False((await term.Secretariat.TermDeputiesAsync(term.TermId)).Single(d => d.Number == "T003").HasPersonalCredential);
    }

    [Fact]
    public async Task ImportedSuggestionsAreAllOrNoneAndAssignedOnTheirDate()
    {
        const string header = "编号,标题,内容,领衔代表证号,联名代表证号,主办单位,会办单位,难度大,交办日期\n";
        var bad = header + "18-001,关于A的建议,内容A,T001,T002、T009,区交通运输局,,否,2027-01-10\n18-002,关于B的建议,内容B,T004,,区水务局,,否,\n";
        var refused = await Assert.ThrowsAsync<VenueException>(() => term.Secretariat.ImportSuggestionsAsync(term.TermId, System.Text.Encoding.UTF8.GetBytes(bad)));
        Assert.Equal(ErrorCodes.SuggestionsInvalid, refused.Code);
        Assert.Empty(await term.Secretariat.SuggestionsAsync(term.TermId));

        var good = header + "18-001,关于A的建议,内容A,T001,T002、T003,区交通运输局,区教育体育局,否,2027-01-10\n18-002,关于B的建议,内容B,T004,,区住房和城乡建设局,,是,2027-01-31\n,关于C的建议,内容C,T005,,,,,\n";
        Assert.Equal(3, (await term.Secretariat.ImportSuggestionsAsync(term.TermId, System.Text.Encoding.UTF8.GetBytes(good))).Suggestions);
        var all = await term.Secretariat.SuggestionsAsync(term.TermId);
        Assert.Equal(["18-001", "18-002", "001"], all.Select(s => s.Number));
        Assert.Equal(new DateOnly(2027, 4, 10), all[0].Rounds.Single().DueOn);
        Assert.Equal(new DateOnly(2027, 7, 31), all[1].Rounds.Single().DueOn);
        Assert.Equal((SuggestionState.Submitted, 0), (all[2].State, all[2].Rounds.Count));
        Assert.Equal(["届代表002", "届代表003"], all[0].CoSigners);
        // The co-signer sees it on the phone; the other deputies do not.
        Assert.Single(await Deputy(2).SuggestionsAsync(term.TermId));
        Assert.Empty(await Deputy(5).SuggestionsAsync(term.TermId));
    }

    private async Task<List<(string Name, string Action, string Summary)>> AuditSummariesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={venue.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Name\", \"Action\", \"Summary\" FROM \"AuditEntries\" ORDER BY \"Id\"";
        var rows = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    private static async Task AssertRefused(string code, Task call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<VenueException>(() => call)).Code);
}
