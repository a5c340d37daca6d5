using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ChainedAuditRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuditHead",
                table: "Ballots",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrevHash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // Still append-only: the one change allowed is giving an entry written before the chain its hashes, once
            // (AuditTrail.ChainUnchained at start); every other change is refused as before.
            migrationBuilder.Sql("DROP TRIGGER \"AuditEntries_NoUpdate\";");
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                WHEN OLD."Hash" IS NOT NULL OR OLD."PrevHash" IS NOT NULL OR NEW."Hash" IS NULL OR NEW."PrevHash" IS NULL
                    OR NEW."Id" IS NOT OLD."Id" OR NEW."At" IS NOT OLD."At" OR NEW."CredentialId" IS NOT OLD."CredentialId"
                    OR NEW."Role" IS NOT OLD."Role" OR NEW."Name" IS NOT OLD."Name" OR NEW."Address" IS NOT OLD."Address"
                    OR NEW."Action" IS NOT OLD."Action" OR NEW."SittingId" IS NOT OLD."SittingId"
                    OR NEW."BallotId" IS NOT OLD."BallotId" OR NEW."Summary" IS NOT OLD."Summary"
                BEGIN SELECT RAISE(ABORT, 'the audit record is never changed'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"AuditEntries_NoUpdate\";");
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'the audit record is never changed'); END;
                """);
            migrationBuilder.DropColumn(
                name: "AuditHead",
                table: "Ballots");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PrevHash",
                table: "AuditEntries");
        }
    }
}
