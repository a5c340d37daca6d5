using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OneWritePath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CountingStaff_CredentialId",
                table: "CountingStaff");

            migrationBuilder.DropIndex(
                name: "IX_Ballots_PreviousBallotId",
                table: "Ballots");

            migrationBuilder.CreateTable(
                name: "GradeDecisions",
                columns: table => new
                {
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    GradeLabel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeDecisions", x => new { x.BallotId, x.ItemId });
                    table.ForeignKey(
                        name: "FK_GradeDecisions_BallotItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "BallotItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GradeDecisions_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShortfallDecisions",
                columns: table => new
                {
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FollowUpBallotId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortfallDecisions", x => x.BallotId);
                    table.ForeignKey(
                        name: "FK_ShortfallDecisions_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShortfallDecisions_Ballots_FollowUpBallotId",
                        column: x => x.FollowUpBallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id");
                });

            // The presidium's decisions move from JSON columns of the ballot to rows of their own. The JSON kept
            // times as System.Text.Json writes them ("…T…"); EF Core's SQLite text has a space there.
            migrationBuilder.Sql(
                """
                INSERT INTO "ShortfallDecisions" ("BallotId", "Decision", "Note", "FollowUpBallotId", "DecidedAt")
                SELECT "Id", json_extract("DecisionJson", '$.decision'), COALESCE(json_extract("DecisionJson", '$.note'), ''),
                       json_extract("DecisionJson", '$.followUpBallotId'), replace(json_extract("DecisionJson", '$.decidedAt'), 'T', ' ')
                FROM "Ballots" WHERE "DecisionJson" IS NOT NULL;
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "GradeDecisions" ("BallotId", "ItemId", "Grade", "GradeLabel", "Note", "DecidedAt")
                SELECT b."Id", json_extract(d.value, '$.itemId'), json_extract(d.value, '$.grade'), json_extract(d.value, '$.gradeLabel'),
                       COALESCE(json_extract(d.value, '$.note'), ''), replace(json_extract(d.value, '$.decidedAt'), 'T', ' ')
                FROM "Ballots" b, json_each(b."GradeDecisionsJson") d WHERE b."GradeDecisionsJson" IS NOT NULL;
                """);
            // Decisions are appended, never changed.
            foreach (var table in new[] { "ShortfallDecisions", "GradeDecisions" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_NoUpdate" BEFORE UPDATE ON "{table}"
                    BEGIN SELECT RAISE(ABORT, 'a decision of the presidium is never changed'); END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_NoDelete" BEFORE DELETE ON "{table}"
                    BEGIN SELECT RAISE(ABORT, 'a decision of the presidium is never deleted'); END;
                    """);
            }
            // SQLite drops a column that no index or constraint names in place, inside the migration's transaction;
            // EF Core's DropColumn would rebuild the whole table outside it.
            migrationBuilder.Sql("ALTER TABLE \"Ballots\" DROP COLUMN \"DecisionJson\";");
            migrationBuilder.Sql("ALTER TABLE \"Ballots\" DROP COLUMN \"GradeDecisionsJson\";");

            // Agenda positions were max+1 outside a transaction, so two ballots created at once could share one:
            // renumber each sitting's agenda in its present order before positions become unique.
            migrationBuilder.Sql(
                """
                UPDATE "Ballots" SET "AgendaPosition" = (
                    SELECT COUNT(*) FROM "Ballots" AS other
                    WHERE other."SittingId" = "Ballots"."SittingId"
                      AND (other."AgendaPosition" < "Ballots"."AgendaPosition"
                           OR (other."AgendaPosition" = "Ballots"."AgendaPosition" AND other."Id" <= "Ballots"."Id")));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CountingStaff_CredentialId",
                table: "CountingStaff",
                column: "CredentialId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CountingStaff_OneChiefPerSitting",
                table: "CountingStaff",
                column: "SittingId",
                unique: true,
                filter: "\"Role\" = 'chief-scrutineer'");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_PreviousBallotId",
                table: "Ballots",
                column: "PreviousBallotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_SittingId_AgendaPosition",
                table: "Ballots",
                columns: new[] { "SittingId", "AgendaPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GradeDecisions_ItemId",
                table: "GradeDecisions",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ShortfallDecisions_FollowUpBallotId",
                table: "ShortfallDecisions",
                column: "FollowUpBallotId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "ShortfallDecisions", "GradeDecisions" })
            {
                migrationBuilder.Sql($"DROP TRIGGER \"{table}_NoUpdate\";");
                migrationBuilder.Sql($"DROP TRIGGER \"{table}_NoDelete\";");
            }
            migrationBuilder.DropTable(
                name: "GradeDecisions");

            migrationBuilder.DropTable(
                name: "ShortfallDecisions");

            migrationBuilder.DropIndex(
                name: "IX_CountingStaff_CredentialId",
                table: "CountingStaff");

            migrationBuilder.DropIndex(
                name: "IX_CountingStaff_OneChiefPerSitting",
                table: "CountingStaff");

            migrationBuilder.DropIndex(
                name: "IX_Ballots_PreviousBallotId",
                table: "Ballots");

            migrationBuilder.DropIndex(
                name: "IX_Ballots_SittingId_AgendaPosition",
                table: "Ballots");

            migrationBuilder.AddColumn<string>(
                name: "DecisionJson",
                table: "Ballots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GradeDecisionsJson",
                table: "Ballots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CountingStaff_CredentialId",
                table: "CountingStaff",
                column: "CredentialId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_PreviousBallotId",
                table: "Ballots",
                column: "PreviousBallotId");
        }
    }
}
