using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PeoplesCongress.Contracts;
using PeoplesCongress.TestSupport;
using PeoplesCongress.VotingServer.Infrastructure;
using PeoplesCongress.VotingServer.Tallying;

namespace PeoplesCongress.VotingServer.Tests.Storage;

/// <summary>A database written before the one write path is upgraded at start and loses nothing.</summary>
public sealed class MigrationTests
{
    private const string BeforeOneWritePath = "20261126174237_GradeDecisions";

    [Fact]
    public async Task DecisionsKeptAsJsonBecomeRowsSharedAgendaPlacesAreRenumberedAndStatusesTakeTheirWireNames()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pc-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var decidedAt = new DateTimeOffset(2026, 11, 26, 9, 30, 15, 123, TimeSpan.Zero);
        var shortfall = JsonSerializer.Serialize(new PresidiumDecisionView(ShortfallDecisions.LeaveShort, "保留现有结果", null, decidedAt), ResultStore.Json);
        var grades = JsonSerializer.Serialize(new[] { new GradeDecisionView(1, ChoiceOption.Competent, "称职", "主席团决定", decidedAt) }, ResultStore.Json);
        await using (var old = new VenueDbContext(new DbContextOptionsBuilder<VenueDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "venue.db")};Pooling=False").Options))
        {
            await old.GetService<IMigrator>().MigrateAsync(BeforeOneWritePath);
            await old.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO Sittings (Id, Name, QuorumNumerator, QuorumDenominator, CreatedAt) VALUES (1, '旧会议', 2, 3, '2026-11-26 09:00:00+00:00');
                INSERT INTO Ballots (Id, SittingId, AgendaPosition, Kind, Title, Places, PassRule, GradeThresholdNumerator,
                    GradeThresholdDenominator, Secret, State, Round, DecisionJson, GradeDecisionsJson)
                VALUES (1, 1, 1, 'appraisal', '民主测评', 0, '', 1, 2, 1, 'closed', 1, NULL, {0}),
                       (2, 1, 1, 'project-selection', '票决', 2, 'majority-of-all-deputies', 1, 2, 1, 'closed', 1, {1}, NULL);
                INSERT INTO BallotItems (Id, BallotId, Position, Name, Content, LeadDepartment, "Group") VALUES (1, 1, 1, '张丽华', '', '', '');
                INSERT INTO Deputies (Id, SittingId, Number, Name, Delegation, Status, OnLeave) VALUES (1, 1, 'D001', '王代表', '', 'Suspended', 0);
                """, grades, shortfall);
        }

        await using var venue = await TestVenue.RestartOnAsync(folder);
        await using var scope = venue.Service<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VenueDbContext>();
        var decision = await db.ShortfallDecisions.SingleAsync();
        Assert.Equal((2, ShortfallDecisions.LeaveShort, "保留现有结果", (int?)null, decidedAt),
            (decision.BallotId, decision.Decision, decision.Note, decision.FollowUpBallotId, decision.DecidedAt));
        var grade = await db.GradeDecisions.SingleAsync();
        Assert.Equal((1, 1, ChoiceOption.Competent, "称职", "主席团决定", decidedAt),
            (grade.BallotId, grade.ItemId, grade.Grade, grade.GradeLabel, grade.Note, grade.DecidedAt));
        Assert.Equal([(1, 1), (2, 2)], await db.Ballots.OrderBy(b => b.Id).Select(b => ValueTuple.Create(b.Id, b.AgendaPosition)).ToListAsync());
        Assert.Equal(DeputyStatus.Suspended, (await db.Deputies.SingleAsync()).Status);
        SqliteConnection.ClearAllPools();
        await venue.StopAsync();
        Directory.Delete(folder, recursive: true);
    }
}
