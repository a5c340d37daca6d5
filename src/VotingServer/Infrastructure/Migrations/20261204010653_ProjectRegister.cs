using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProjectRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Terms made before: the default 差额 of one candidate more than the places.
            migrationBuilder.AddColumn<int>(
                name: "CandidatePercent",
                table: "Terms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CollectingYear",
                table: "Terms",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExtraCandidates",
                table: "Terms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "ProjectProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BudgetWan = table.Column<decimal>(type: "TEXT", nullable: true),
                    LeadDepartment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubmitterName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmitterPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Screening = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScreeningNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BallotId = table.Column<int>(type: "INTEGER", nullable: true),
                    BallotItemId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectProposals_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ProjectProposals_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LivelihoodProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BudgetWan = table.Column<decimal>(type: "TEXT", nullable: true),
                    LeadDepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeadlineOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    BallotItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    AppraisalBallotId = table.Column<int>(type: "INTEGER", nullable: true),
                    AppraisalItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivelihoodProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Ballots_AppraisalBallotId",
                        column: x => x.AppraisalBallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Departments_LeadDepartmentId",
                        column: x => x.LeadDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_ProjectProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "ProjectProposals",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_LivelihoodProjects_Terms_TermId",
                        column: x => x.TermId,
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    PercentDone = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectInspections_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMilestones_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectSupervisors",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermDeputyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectSupervisors", x => new { x.ProjectId, x.TermDeputyId });
                    table.ForeignKey(
                        name: "FK_ProjectSupervisors_LivelihoodProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "LivelihoodProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectSupervisors_TermDeputies_TermDeputyId",
                        column: x => x.TermDeputyId,
                        principalTable: "TermDeputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_AppraisalBallotId",
                table: "LivelihoodProjects",
                column: "AppraisalBallotId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_BallotId",
                table: "LivelihoodProjects",
                column: "BallotId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_BallotItemId",
                table: "LivelihoodProjects",
                column: "BallotItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_LeadDepartmentId",
                table: "LivelihoodProjects",
                column: "LeadDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_ProposalId",
                table: "LivelihoodProjects",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_LivelihoodProjects_TermId_Year",
                table: "LivelihoodProjects",
                columns: new[] { "TermId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_ProjectId",
                table: "ProgressReports",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectInspections_ProjectId",
                table: "ProjectInspections",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestones_ProjectId",
                table: "ProjectMilestones",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProposals_BallotId",
                table: "ProjectProposals",
                column: "BallotId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectProposals_TermId_Year",
                table: "ProjectProposals",
                columns: new[] { "TermId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSupervisors_TermDeputyId",
                table: "ProjectSupervisors",
                column: "TermDeputyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "ProjectInspections");

            migrationBuilder.DropTable(
                name: "ProjectMilestones");

            migrationBuilder.DropTable(
                name: "ProjectSupervisors");

            migrationBuilder.DropTable(
                name: "LivelihoodProjects");

            migrationBuilder.DropTable(
                name: "ProjectProposals");

            migrationBuilder.DropColumn(
                name: "CandidatePercent",
                table: "Terms");

            migrationBuilder.DropColumn(
                name: "CollectingYear",
                table: "Terms");

            migrationBuilder.DropColumn(
                name: "ExtraCandidates",
                table: "Terms");
        }
    }
}
