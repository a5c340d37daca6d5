using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeoplesCongress.VotingServer.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SealedBoxAndSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ballot box while a ballot is open holds sealed choices (AES-GCM under the ballot's box key, Sealed);
            // once counted, the choices as published (Choices). Exactly one of the two is present in a row.
            migrationBuilder.Sql("""
                CREATE TABLE "BallotBox_new" (
                    "BallotId" INTEGER NOT NULL REFERENCES "Ballots" ("Id"),
                    "BoxKey" BLOB NOT NULL,
                    "Choices" TEXT NULL,
                    "Sealed" BLOB NULL,
                    CHECK (("Choices" IS NULL) <> ("Sealed" IS NULL)),
                    PRIMARY KEY ("BallotId", "BoxKey")
                ) WITHOUT ROWID;
                INSERT INTO "BallotBox_new" ("BallotId", "BoxKey", "Choices") SELECT "BallotId", "BoxKey", "Choices" FROM "BallotBox";
                DROP TABLE "BallotBox";
                ALTER TABLE "BallotBox_new" RENAME TO "BallotBox";
                """);

            migrationBuilder.AddColumn<string>(
                name: "ServerSignature",
                table: "Notices",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingCode",
                table: "Issuances",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SealingKey",
                table: "Credentials",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SigningKey",
                table: "Credentials",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature",
                table: "CountSignatures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SigningKey",
                table: "CountSignatures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoxPublicKey",
                table: "Ballots",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BoxRoot",
                table: "Ballots",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BoxKeyWraps",
                columns: table => new
                {
                    BallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    CredentialId = table.Column<int>(type: "INTEGER", nullable: false),
                    EphemeralKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Wrapped = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoxKeyWraps", x => new { x.BallotId, x.CredentialId });
                    table.ForeignKey(
                        name: "FK_BoxKeyWraps_Ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "Ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoxKeyWraps_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoxKeyWraps_CredentialId",
                table: "BoxKeyWraps",
                column: "CredentialId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A sealed row cannot go back to the old table: its choices are unreadable without the box key.
            migrationBuilder.Sql("""
                CREATE TABLE "BallotBox_old" (
                    "BallotId" INTEGER NOT NULL REFERENCES "Ballots" ("Id"),
                    "BoxKey" BLOB NOT NULL,
                    "Choices" TEXT NOT NULL,
                    PRIMARY KEY ("BallotId", "BoxKey")
                ) WITHOUT ROWID;
                INSERT INTO "BallotBox_old" SELECT "BallotId", "BoxKey", "Choices" FROM "BallotBox" WHERE "Choices" IS NOT NULL;
                DROP TABLE "BallotBox";
                ALTER TABLE "BallotBox_old" RENAME TO "BallotBox";
                """);

            migrationBuilder.DropTable(
                name: "BoxKeyWraps");

            migrationBuilder.DropColumn(
                name: "ServerSignature",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "TrackingCode",
                table: "Issuances");

            migrationBuilder.DropColumn(
                name: "SealingKey",
                table: "Credentials");

            migrationBuilder.DropColumn(
                name: "SigningKey",
                table: "Credentials");

            migrationBuilder.DropColumn(
                name: "Signature",
                table: "CountSignatures");

            migrationBuilder.DropColumn(
                name: "SigningKey",
                table: "CountSignatures");

            migrationBuilder.DropColumn(
                name: "BoxPublicKey",
                table: "Ballots");

            migrationBuilder.DropColumn(
                name: "BoxRoot",
                table: "Ballots");
        }
    }
}
