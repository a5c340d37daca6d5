using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DeputyStatusWireNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A deputy's status is kept under its wire name (current, suspended, ended), as the API spells it.
            migrationBuilder.Sql("UPDATE \"Deputies\" SET \"Status\" = lower(\"Status\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"Deputies\" SET \"Status\" = upper(substr(\"Status\", 1, 1)) || substr(\"Status\", 2);");
        }
    }
}
