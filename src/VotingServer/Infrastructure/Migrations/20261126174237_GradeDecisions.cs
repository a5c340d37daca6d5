using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class GradeDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GradeDecisionsJson",
                table: "Ballots",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GradeDecisionsJson",
                table: "Ballots");
        }
    }
}
