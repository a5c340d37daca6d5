using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CountingAndNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SittingId",
                table: "Credentials",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CountingStaff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CredentialId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountingStaff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CountingStaff_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CountingStaff_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DocumentJson = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notices_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CountSignatures",
                columns: table => new
                {
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountingStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordSha256 = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountSignatures", x => new { x.BallotId, x.CountingStaffId });
                    table.ForeignKey(
                        name: "FK_CountSignatures_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CountSignatures_CountingStaff_CountingStaffId",
                        column: x => x.CountingStaffId,
                        principalTable: "CountingStaff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CountingStaff_CredentialId",
                table: "CountingStaff",
                column: "CredentialId");

            migrationBuilder.CreateIndex(
                name: "IX_CountingStaff_SittingId",
                table: "CountingStaff",
                column: "SittingId");

            migrationBuilder.CreateIndex(
                name: "IX_CountSignatures_CountingStaffId",
                table: "CountSignatures",
                column: "CountingStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_BallotId",
                table: "Notices",
                column: "BallotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notices_SittingId_Number",
                table: "Notices",
                columns: new[] { "SittingId", "Number" },
                unique: true);

            // A published notice is immutable: the database itself refuses to change or remove it.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Notices_NoUpdate" BEFORE UPDATE ON "Notices"
                BEGIN SELECT RAISE(ABORT, 'a published notice cannot be changed'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Notices_NoDelete" BEFORE DELETE ON "Notices"
                BEGIN SELECT RAISE(ABORT, 'a published notice cannot be removed'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"Notices_NoUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER \"Notices_NoDelete\";");

            migrationBuilder.DropTable(
                name: "CountSignatures");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "CountingStaff");

            migrationBuilder.DropColumn(
                name: "SittingId",
                table: "Credentials");
        }
    }
}
