using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TermAndSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DepartmentId",
                table: "Credentials",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermDeputyId",
                table: "Credentials",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermId",
                table: "Credentials",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AnswerMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    DifficultAnswerMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    RehandleMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departments_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stations_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TermDeputies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false, collation: "NOCASE"),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermDeputies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TermDeputies_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TermDeputies_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Suggestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    TermDeputyId = table.Column<int>(type: "INTEGER", nullable: false),
                    StationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LeadDepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Difficult = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suggestions_Departments_LeadDepartmentId",
                        column: x => x.LeadDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Suggestions_Stations_StationId",
                        column: x => x.StationId,
                        principalTable: "Stations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Suggestions_TermDeputies_TermDeputyId",
                        column: x => x.TermDeputyId,
                        principalTable: "TermDeputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Suggestions_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionCoDepartments",
                columns: table => new
                {
                    SuggestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionCoDepartments", x => new { x.SuggestionId, x.DepartmentId });
                    table.ForeignKey(
                        name: "FK_SuggestionCoDepartments_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuggestionCoDepartments_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionRounds",
                columns: table => new
                {
                    SuggestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnswerClass = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionRounds", x => new { x.SuggestionId, x.Round });
                    table.ForeignKey(
                        name: "FK_SuggestionRounds_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuggestionSigners",
                columns: table => new
                {
                    SuggestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermDeputyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionSigners", x => new { x.SuggestionId, x.TermDeputyId });
                    table.ForeignKey(
                        name: "FK_SuggestionSigners_Suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "Suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuggestionSigners_TermDeputies_TermDeputyId",
                        column: x => x.TermDeputyId,
                        principalTable: "TermDeputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_DepartmentId",
                table: "Credentials",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_TermDeputyId",
                table: "Credentials",
                column: "TermDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_TermId",
                table: "Credentials",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_TermId_Name",
                table: "Departments",
                columns: new[] { "TermId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stations_TermId_Name",
                table: "Stations",
                columns: new[] { "TermId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionCoDepartments_DepartmentId",
                table: "SuggestionCoDepartments",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_LeadDepartmentId",
                table: "Suggestions",
                column: "LeadDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_StationId",
                table: "Suggestions",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_TermDeputyId",
                table: "Suggestions",
                column: "TermDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_TermId_Number",
                table: "Suggestions",
                columns: new[] { "TermId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuggestionSigners_TermDeputyId",
                table: "SuggestionSigners",
                column: "TermDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_TermDeputies_StationId",
                table: "TermDeputies",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_TermDeputies_TermId_Number",
                table: "TermDeputies",
                columns: new[] { "TermId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Credentials_Departments_DepartmentId",
                table: "Credentials",
                column: "DepartmentId",
                principalTable: "Departments",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Credentials_TermDeputies_TermDeputyId",
                table: "Credentials",
                column: "TermDeputyId",
                principalTable: "TermDeputies",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Credentials_Terms_TermId",
                table: "Credentials",
                column: "TermId",
                principalTable: "Terms",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Credentials_Departments_DepartmentId",
                table: "Credentials");

            migrationBuilder.DropForeignKey(
                name: "FK_Credentials_TermDeputies_TermDeputyId",
                table: "Credentials");

            migrationBuilder.DropForeignKey(
                name: "FK_Credentials_Terms_TermId",
                table: "Credentials");

            migrationBuilder.DropTable(
                name: "SuggestionCoDepartments");

            migrationBuilder.DropTable(
                name: "SuggestionRounds");

            migrationBuilder.DropTable(
                name: "SuggestionSigners");

            migrationBuilder.DropTable(
                name: "Suggestions");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "TermDeputies");

            migrationBuilder.DropTable(
                name: "Stations");

            migrationBuilder.DropTable(
                name: "Terms");

            migrationBuilder.DropIndex(
                name: "IX_Credentials_DepartmentId",
                table: "Credentials");

            migrationBuilder.DropIndex(
                name: "IX_Credentials_TermDeputyId",
                table: "Credentials");

            migrationBuilder.DropIndex(
                name: "IX_Credentials_TermId",
                table: "Credentials");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "Credentials");

            migrationBuilder.DropColumn(
                name: "TermDeputyId",
                table: "Credentials");

            migrationBuilder.DropColumn(
                name: "TermId",
                table: "Credentials");
        }
    }
}
