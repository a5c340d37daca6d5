using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DutiesAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CredentialId = table.Column<int>(type: "INTEGER", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: true),
                    BallotId = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Confirmations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Act = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BallotId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeputyId = table.Column<int>(type: "INTEGER", nullable: true),
                    CountingStaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedByCredentialId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DecidedByCredentialId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Confirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Confirmations_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Confirmations_CountingStaff_CountingStaffId",
                        column: x => x.CountingStaffId,
                        principalTable: "CountingStaff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Confirmations_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Confirmations_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SittingId",
                table: "AuditEntries",
                column: "SittingId");

            migrationBuilder.CreateIndex(
                name: "IX_Confirmations_BallotId",
                table: "Confirmations",
                column: "BallotId");

            migrationBuilder.CreateIndex(
                name: "IX_Confirmations_CountingStaffId",
                table: "Confirmations",
                column: "CountingStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Confirmations_DeputyId",
                table: "Confirmations",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_Confirmations_SittingId",
                table: "Confirmations",
                column: "SittingId");
            // The audit record is append-only, and a confirmation is never deleted: both say who did what.
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'the audit record is never changed'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'the audit record is never deleted'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Confirmations_NoDelete" BEFORE DELETE ON "Confirmations"
                BEGIN SELECT RAISE(ABORT, 'a confirmation is never deleted'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Confirmations_DecidedOnce" BEFORE UPDATE ON "Confirmations"
                WHEN OLD."Confirmed" IS NOT NULL AND (NEW."Confirmed" IS NOT OLD."Confirmed" OR NEW."DecidedAt" IS NOT OLD."DecidedAt"
                    OR NEW."DoneAt" IS NOT OLD."DoneAt" AND OLD."DoneAt" IS NOT NULL)
                BEGIN SELECT RAISE(ABORT, 'a decision of the presidium is never changed'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "AuditEntries_NoUpdate", "AuditEntries_NoDelete", "Confirmations_NoDelete", "Confirmations_DecidedOnce" })
                migrationBuilder.Sql($"DROP TRIGGER \"{trigger}\";");
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Confirmations");
        }
    }
}
