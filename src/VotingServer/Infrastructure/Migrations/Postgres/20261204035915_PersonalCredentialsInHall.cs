using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "TermId",
                table: "Sittings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermDeputyId",
                table: "Deputies",
                type: "integer",
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

            // The credential directory follows the sittings too: a sitting's 允许代表以个人代表证签到 decides where a
            // personal credential signs in, on every server of the hall.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Sittings_Notify" AFTER INSERT OR UPDATE ON "Sittings" FOR EACH ROW EXECUTE FUNCTION venue_notify_row();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"Sittings_Notify\" ON \"Sittings\";");

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
