using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PersonalCredentialsInHall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AcceptPersonalCredentials",
                table: "Sittings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TermId",
                table: "Sittings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermDeputyId",
                table: "Deputies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sittings_TermId",
                table: "Sittings",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_Deputies_TermDeputyId",
                table: "Deputies",
                column: "TermDeputyId");

            migrationBuilder.AddForeignKey(
                name: "FK_Deputies_TermDeputies_TermDeputyId",
                table: "Deputies",
                column: "TermDeputyId",
                principalTable: "TermDeputies",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Sittings_Terms_TermId",
                table: "Sittings",
                column: "TermId",
                principalTable: "Terms",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Deputies_TermDeputies_TermDeputyId",
                table: "Deputies");

            migrationBuilder.DropForeignKey(
                name: "FK_Sittings_Terms_TermId",
                table: "Sittings");

            migrationBuilder.DropIndex(
                name: "IX_Sittings_TermId",
                table: "Sittings");

            migrationBuilder.DropIndex(
                name: "IX_Deputies_TermDeputyId",
                table: "Deputies");

            migrationBuilder.DropColumn(
                name: "AcceptPersonalCredentials",
                table: "Sittings");

            migrationBuilder.DropColumn(
                name: "TermId",
                table: "Sittings");

            migrationBuilder.DropColumn(
                name: "TermDeputyId",
                table: "Deputies");
        }
    }
}
