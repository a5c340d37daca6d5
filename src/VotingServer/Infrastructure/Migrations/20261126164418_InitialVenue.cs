using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialVenue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ballot box (投票箱): choices under a random key, no deputy, no time, no rowid (so no insertion order).
            migrationBuilder.Sql("""
                CREATE TABLE "BallotBox" (
                    "BallotId" INTEGER NOT NULL REFERENCES "Ballots" ("Id"),
                    "BoxKey" BLOB NOT NULL,
                    "Choices" TEXT NOT NULL,
                    PRIMARY KEY ("BallotId", "BoxKey")
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateTable(
                name: "Sittings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuorumNumerator = table.Column<int>(type: "INTEGER", nullable: false),
                    QuorumDenominator = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sittings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    PassRule = table.Column<string>(type: "TEXT", nullable: false),
                    Scale = table.Column<string>(type: "TEXT", nullable: true),
                    GradeThresholdNumerator = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeThresholdDenominator = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeDenominator = table.Column<string>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", nullable: true),
                    Secret = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousBallotId = table.Column<int>(type: "INTEGER", nullable: true),
                    Relation = table.Column<string>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true),
                    DecisionJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ballots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ballots_Ballots_PreviousBallotId",
                        column: x => x.PreviousBallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Ballots_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deputies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SittingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false, collation: "NOCASE"),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Delegation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OnLeave = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedInAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deputies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deputies_Sittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "Sittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    BudgetWan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    LeadDepartment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OriginItemId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotItems_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeputyId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Credentials_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Issuances",
                columns: table => new
                {
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeputyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CastId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Issuances", x => new { x.BallotId, x.DeputyId });
                    table.ForeignKey(
                        name: "FK_Issuances_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Issuances_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NamedVotes",
                columns: table => new
                {
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeputyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Choices = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NamedVotes", x => new { x.BallotId, x.DeputyId });
                    table.ForeignKey(
                        name: "FK_NamedVotes_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NamedVotes_Deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "Deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BallotItems_BallotId",
                table: "BallotItems",
                column: "BallotId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_PreviousBallotId",
                table: "Ballots",
                column: "PreviousBallotId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_SittingId_State",
                table: "Ballots",
                columns: new[] { "SittingId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_DeputyId",
                table: "Credentials",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_TokenHash",
                table: "Credentials",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deputies_SittingId_Number",
                table: "Deputies",
                columns: new[] { "SittingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Issuances_DeputyId",
                table: "Issuances",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_NamedVotes_DeputyId",
                table: "NamedVotes",
                column: "DeputyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"BallotBox\";");

            migrationBuilder.DropTable(
                name: "BallotItems");

            migrationBuilder.DropTable(
                name: "Credentials");

            migrationBuilder.DropTable(
                name: "Issuances");

            migrationBuilder.DropTable(
                name: "NamedVotes");

            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "Deputies");

            migrationBuilder.DropTable(
                name: "Sittings");
        }
    }
}
